// The stored "at a glance" series, brought up to date incrementally after each change, equals a
// full recompute and a count in TypeScript by glance-figures.ts's rules, through check runs (with
// failures and not-in-the-top-100), imports into the past, keywords added, tagged and removed.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { glanceDeltas } from "@/lib/db/queries/keyword-glance";
import { insertImportedChecks } from "@/lib/db/queries/keyword-history-io";
import { deleteKeywords } from "@/lib/db/queries/keyword-projects";
import { keywordChecks, keywordProjects, tenants, trackedKeywords } from "@/lib/db/schema";
import { pointFromTotals } from "@/lib/services/keywords/glance/glance-figures";
import { glanceSeries } from "@/lib/services/keywords/glance/glance-series";
import { referenceSeries } from "@/test/support/glance-reference";
import { createTestDb } from "@/test/support/test-db";

let handle: DbHandle;
let tenantId: string;
let projectId: string;
let keywordIds: string[];

const day = (d: number) => new Date(Date.UTC(2026, 0, 1, 6) + d * 86_400_000);
// A fixed pseudo-random sequence (LCG): the same history on every run and both drivers.
let seed = 7;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
/** A position (1–100), null (not in the top 100) or "failed", roughly 70 / 15 / 15 %. */
const cell = () => {
  const r = next();
  return r < 0.15 ? "failed" : r < 0.3 ? null : 1 + Math.floor(next() * 25);
};

/** A check run at day `d` of `ids` (every tracked keyword by default). */
async function run(d: number, ids = keywordIds) {
  const rows = ids.map((keywordId) => {
    const c = cell();
    return {
      tenantId,
      projectId,
      keywordId,
      status: c === "failed" ? ("failed" as const) : ("ok" as const),
      position: c === "failed" ? null : c,
      error: c === "failed" ? "upstream failed" : null,
      checkedAt: day(d),
    };
  });
  await handle.db.insert(keywordChecks).values(rows);
}

async function expectSeriesMatches(how: string) {
  const series = await glanceSeries(handle.db, tenantId, projectId);
  expect(series.how).toBe(how);
  // The full pass, summed the same way, with nothing stored.
  let running: number[] = [];
  const full = (await glanceDeltas(handle.db, tenantId, projectId)).map((d) => {
    running = d.delta.map((n, i) => (running[i] ?? 0) + n);
    return running;
  });
  expect(series.totals.map((t) => Object.values(t).slice(1))).toEqual(full);
  const checks = await handle.db
    .select()
    .from(keywordChecks)
    .where(and(eq(keywordChecks.tenantId, tenantId), eq(keywordChecks.projectId, projectId)));
  const reference = referenceSeries(checks);
  expect(series.totals.map((t) => t.at)).toEqual(reference.map((r) => r.at));
  series.totals.forEach((t, i) => {
    const { checkedAt, ...figures } = pointFromTotals(t);
    expect({ at: checkedAt, figures }).toEqual(reference[i]);
  });
  return series.totals.length;
}

beforeAll(async () => {
  handle = await createTestDb();
  const [tenant] = await handle.db.insert(tenants).values({ name: "G", slug: "g" }).returning();
  tenantId = tenant!.id;
  const [project] = await handle.db
    .insert(keywordProjects)
    .values({
      tenantId,
      domain: "g.example",
      searchEngine: "google",
      location: "US",
      nextCheckAt: day(0),
    })
    .returning();
  projectId = project!.id;
  const keywords = await handle.db
    .insert(trackedKeywords)
    .values(
      Array.from({ length: 12 }, (_, i) => ({
        tenantId,
        projectId,
        keyword: `k${i}`,
        tags: i % 3 === 0 ? [] : [`t${i % 3}`],
      })),
    )
    .returning();
  keywordIds = keywords.map((k) => k.id);
  // Irregular days, so the 6.5- and 29.5-day look-backs land between checks and on them; the
  // last four keywords start later.
  for (const d of [0, 1, 2, 5, 9, 10, 16, 23, 30, 31, 38, 40])
    await run(d, d < 9 ? keywordIds.slice(0, 8) : keywordIds);
}, 180_000);
afterAll(() => handle?.close());

describe("the stored glance series", () => {
  it("is computed in full first, then read while nothing changes", async () => {
    expect(await expectSeriesMatches("full")).toBe(12);
    await expectSeriesMatches("read");
  });

  it("follows new check runs incrementally, one or several at a time", async () => {
    await run(41);
    await expectSeriesMatches("incremental");
    await run(42, keywordIds.slice(3));
    await run(50);
    expect(await expectSeriesMatches("incremental")).toBe(15);
  });

  it("follows imported history in the past, at new and at existing instants", async () => {
    const row = (d: number, keywordId: string, i: number) => ({
      keywordId,
      status: i === 1 ? ("failed" as const) : ("ok" as const),
      position: i === 2 ? null : 1 + ((d + i) % 30),
      url: null,
      volume: null,
      error: i === 1 ? "upstream failed" : null,
      checkedAt: day(d),
    });
    const imported = [
      // New instants, one before the late keywords' first check.
      ...[3, 20, 45].flatMap((d) => keywordIds.slice(8).map((k, i) => row(d, k, i))),
      // Day 42's run left out the first three keywords; day 31's row of k8 is there already.
      ...keywordIds.slice(0, 3).map((k, i) => row(42, k, i)),
      row(31, keywordIds[8]!, 0),
    ];
    // Every row but the one at an instant its keyword already has.
    expect(await insertImportedChecks(handle.db, tenantId, projectId, imported)).toBe(15);
    expect(await expectSeriesMatches("incremental")).toBe(18);
  });

  it("is unchanged by a keyword added or re-tagged, and counts it once it is checked", async () => {
    const [added] = await handle.db
      .insert(trackedKeywords)
      .values({ tenantId, projectId, keyword: "late", tags: ["t1"] })
      .returning();
    await handle.db
      .update(trackedKeywords)
      .set({ tags: ["x"] })
      .where(eq(trackedKeywords.id, keywordIds[0]!));
    await expectSeriesMatches("read");
    keywordIds.push(added!.id);
    await run(51, [added!.id]);
    await expectSeriesMatches("incremental");
  });

  it("is recomputed in full when a keyword and its history are removed", async () => {
    expect(await deleteKeywords(handle.db, tenantId, projectId, [keywordIds[9]!])).toBe(1);
    keywordIds.splice(9, 1);
    await expectSeriesMatches("full");
    await run(52);
    await expectSeriesMatches("incremental");
  });
});
