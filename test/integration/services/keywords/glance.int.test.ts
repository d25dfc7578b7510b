// The "at a glance" figures match a hand count on a hand-made history (test/support/
// glance-fixture.ts), read through the real query on PGlite. CTR curve: #1 27.6, #2 15.8, #3 11.0,
// #4 8.4, #5 6.3, #7 3.9, #9 2.7, #10 2.4, 11–20 0.063, lower or unranked 0. Visibility = sum of
// CTRs / (counted keywords × 27.6) × 100. "Last known" = latest check failed, last good used.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { keywordChecks, trackedKeywords } from "@/lib/db/schema";
import { createOwnerAccount } from "@/lib/services/accounts";
import { projectGlance } from "@/lib/services/keywords/glance/glance-service";
import type { GlanceView } from "@/lib/services/keywords/glance/glance-view";
import { glanceDay, insertGlanceFixture } from "@/test/support/glance-fixture";
import { createTestDb } from "@/test/support/test-db";

let handle: DbHandle;
let view: GlanceView;
let tenantId: string;

beforeAll(async () => {
  handle = await createTestDb();
  const { tenant } = await createOwnerAccount(handle.db, {
    name: "Owner",
    email: "glance@example.test",
    password: "correct-horse-42",
    tenantName: "Glance",
    tenantSlug: "glance",
  });
  tenantId = tenant.id;
  const projectId = await insertGlanceFixture(handle.db, tenantId);
  // Another project's checks must not leak into this one's figures.
  await insertGlanceFixture(handle.db, tenantId, "other.example");
  view = await projectGlance(handle.db, tenantId, projectId);
  // Migrating a fresh PGlite is slow on a busy machine.
}, 180_000);
afterAll(() => handle?.close());

const counts = (improved: number, declined: number, unchanged: number, notCompared: number) => ({
  improved,
  declined,
  unchanged,
  notCompared,
});

describe("at a glance on the fixture", () => {
  it("has one point per check, oldest first", () => {
    expect(view.total).toBe(6);
    expect(view.points.map((p) => p.checkedAt)).toEqual([
      "2026-03-01T06:00:00.000Z",
      "2026-03-02T06:00:00.000Z",
      "2026-03-09T06:00:00.000Z",
      "2026-03-31T06:00:00.000Z",
    ]);
  });

  it("day 1: charlie is not in the top 100 and counts 0; foxtrot is not checked yet", () => {
    // Counted a5 b12 c– d2 e9 = 5; ranked 4; average (5+12+2+9)/4 = 7.0;
    // top 3 {d}; top 10 {a,d,e}; visibility (6.3+0.063+0+15.8+2.7)/(5×27.6) = 24.863/138 = 18.02%.
    expect(view.points[0]).toMatchObject({
      keywords: 5,
      ranked: 4,
      averagePosition: 7,
      visibility: 18,
      top3: 1,
      top10: 3,
      top100: 4,
      lastKnown: 0,
      previous: counts(0, 0, 0, 5),
    });
  });

  it("day 2: delta failed and counts with its last good position (2)", () => {
    // a3 b12 c40 d(2) e10: average 67/5 = 13.4; top 3 {a,d}; top 10 {a,d,e};
    // visibility (11.0+0.063+0+15.8+2.4)/138 = 29.263/138 = 21.21%.
    // Previous: a 5→3 up, b 12→12 same, c –→40 entered (up), d failed: not compared, e 9→10 down.
    expect(view.points[1]).toMatchObject({
      keywords: 5,
      ranked: 5,
      averagePosition: 13.4,
      visibility: 21.2,
      top3: 2,
      top10: 3,
      top100: 5,
      lastKnown: 1,
      previous: counts(2, 1, 1, 1),
    });
  });

  it("day 9: bravo failed (last good 12), echo dropped out, foxtrot's only check failed", () => {
    // Counted a2 b(12) c40 d1 e– = 5 (foxtrot has no good check); ranked 4;
    // average (2+12+40+1)/4 = 13.75 → 13.8; top 3 {a,d}; top 10 {a,d};
    // visibility (15.8+0.063+0+27.6+0)/138 = 43.463/138 = 31.49%.
    // Previous (vs day 2): a 3→2 up, b failed, c 40→40 same, d after a failure: not compared,
    // e 10→– dropped (down). Week (last good on or before 2 Mar 18:00): a 3→2 up, b failed,
    // c 40→40 same, d 2 (day 1)→1 up, e 10→– down. Month: nothing 29.5 days back.
    expect(view.points[2]).toMatchObject({
      keywords: 5,
      ranked: 4,
      averagePosition: 13.8,
      visibility: 31.5,
      top3: 2,
      top10: 2,
      top100: 4,
      lastKnown: 1,
      previous: counts(1, 1, 1, 2),
      week: counts(2, 1, 1, 1),
      month: counts(0, 0, 0, 5),
    });
  });

  it("day 31 (latest): the figures and the changes since the previous check, 7 and 30 days", () => {
    // a4 b15 c40 d(1, latest failed) e3 f7: all 6 counted and ranked;
    // average (4+15+40+1+3+7)/6 = 70/6 = 11.67 → 11.7; top 3 {d,e}; top 10 {a,d,e,f};
    // visibility (8.4+0.063+0+27.6+11.0+3.9)/(6×27.6) = 50.963/165.6 = 30.78%.
    // Previous (vs day 9): a 2→4 down, b after a failure, c same, d failed, e –→3 up, f after a
    // failure. Week (last good by 24 Mar 18:00): a 2→4 down, b 12 (day 2)→15 down, c same,
    // d failed, e –→3 up, f none. Month (by 1 Mar 18:00): a 5→4 up, b 12→15 down, c –→40 up,
    // d failed, e 9→3 up, f none.
    expect(view.latest).toEqual({
      checkedAt: "2026-03-31T06:00:00.000Z",
      keywords: 6,
      ranked: 6,
      averagePosition: 11.7,
      visibility: 30.8,
      top3: 2,
      top10: 4,
      top100: 6,
      lastKnown: 1,
      previous: counts(1, 1, 1, 3),
      week: counts(1, 2, 1, 2),
      month: counts(3, 1, 0, 2),
    });
  });

  it("per tag at the latest check: a keyword with two tags counts in both", () => {
    // blog = c40 d(1) f7: average 48/3 = 16; visibility (0+27.6+3.9)/82.8 = 38.04%.
    // brand = a4 b15 c40: average 59/3 = 19.67; visibility (8.4+0.063+0)/82.8 = 10.22%.
    // untagged = e3: visibility 11.0/27.6 = 39.86%.
    expect(
      view.tags.map((t) => [
        t.tag,
        t.total,
        t.figures.averagePosition,
        t.figures.visibility,
        t.figures.top3,
        t.figures.top10,
        t.figures.lastKnown,
      ]),
    ).toEqual([
      ["blog", 3, 16, 38, 1, 2, 1],
      ["brand", 3, 19.7, 10.2, 0, 1, 0],
      [null, 1, 3, 39.9, 1, 1, 0],
    ]);
    // blog previous: c same, d failed, f after a failure; brand: a down, b after failure, c same.
    expect(view.tags[0]!.figures.previous).toEqual(counts(0, 0, 1, 2));
    expect(view.tags[1]!.figures.previous).toEqual(counts(0, 1, 1, 1));
    expect(view.tags[2]!.figures.previous).toEqual(counts(1, 0, 0, 0));
  });

  it("answers 404 for another workspace's project", async () => {
    const { tenant: other } = await createOwnerAccount(handle.db, {
      name: "Other",
      email: "glance-other@example.test",
      password: "correct-horse-42",
      tenantName: "Other",
      tenantSlug: "glance-other",
    });
    const theirs = await insertGlanceFixture(handle.db, other.id);
    await expect(projectGlance(handle.db, tenantId, theirs)).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("recomputing", () => {
  it("follows a new check, an imported older check and an edited tag", async () => {
    const projectId = await insertGlanceFixture(handle.db, tenantId, "fresh.example");
    const before = await projectGlance(handle.db, tenantId, projectId);
    expect(before.latest?.lastKnown).toBe(1);
    const [delta] = await handle.db
      .select()
      .from(trackedKeywords)
      .where(and(eq(trackedKeywords.projectId, projectId), eq(trackedKeywords.keyword, "delta")));
    // A good check of delta after day 31: no keyword is "last known" any more.
    await handle.db.insert(keywordChecks).values({
      tenantId,
      projectId,
      keywordId: delta!.id,
      status: "ok",
      position: 2,
      checkedAt: glanceDay(32),
    });
    const after = await projectGlance(handle.db, tenantId, projectId);
    expect(after.points).toHaveLength(5);
    expect(after.latest?.lastKnown).toBe(0);
    // An older check added later (an import): a new point in the past.
    await handle.db.insert(keywordChecks).values({
      tenantId,
      projectId,
      keywordId: delta!.id,
      status: "ok",
      position: 2,
      checkedAt: glanceDay(20),
    });
    expect((await projectGlance(handle.db, tenantId, projectId)).points).toHaveLength(6);
    await handle.db
      .update(trackedKeywords)
      .set({ tags: ["news"] })
      .where(eq(trackedKeywords.id, delta!.id));
    const tags = (await projectGlance(handle.db, tenantId, projectId)).tags.map((t) => t.tag);
    expect(tags).toEqual(["blog", "brand", "news", null]);
  });
});
