import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { latestRun } from "@/lib/db/queries/keyword-checks";
import { keywordRankings } from "@/lib/db/queries/keyword-rankings";
import type { Engine } from "@/lib/jobs/engine";
import { handlers } from "@/lib/jobs/handlers";
import { claimDueChecks, startManualCheck } from "@/lib/services/keywords/check-service";
import {
  addKeywords,
  createProject,
  keywordHistory,
} from "@/lib/services/keywords/project-service";
import { changeBetween } from "@/lib/services/keywords/rankings";
import type { RunningSimulator } from "@/simulator/start-simulator";
import { keywordCheckFor } from "@/simulator/universe";
import { startTestEngine } from "@/test/support/jobs";
import {
  at,
  connectedTenant,
  settledCheck,
  startKeywordSimulator,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

const DAYS = ["2026-03-10", "2026-03-11", "2026-03-12"];
const DOMAIN = "example.com";
// Two ordinary keywords and one the simulator never ranks (its name contains "unranked").
const KEYWORDS = ["seo audit tool", "backlink checker", "unranked widget"];

let handle: DbHandle;
// Workers run the checks, as in the app: each test waits for the run to end.
let engine: Engine;
let sim: RunningSimulator;
let tenantId: string;
let projectId: string;
let now = at(DAYS[0]!);

beforeAll(async () => {
  sim = await startKeywordSimulator(DAYS[0]!);
  handle = await createTestDb();
  engine = await startTestEngine(handle, handlers);
  ({ tenantId } = await connectedTenant(handle.db, "ranks"));
  const project = await createProject(
    handle.db,
    tenantId,
    { domain: DOMAIN, searchEngine: "google", location: "United States", scheduleEnabled: true },
    at(DAYS[0]!, -24), // created the day before: first scheduled check on DAYS[0]
  );
  projectId = project.id;
  await addKeywords(handle.db, tenantId, projectId, {
    text: `${KEYWORDS.join("\n")}\n\n  SEO   Audit Tool \n`,
    tags: ["core"],
  });
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});

const expected = (day: string) => keywordCheckFor(DOMAIN, KEYWORDS, "google", "United States", day);

describe("scheduled keyword checks (time travel)", () => {
  it("three daily checks give three history rows per keyword and the right changes", async () => {
    // The schedule's tick (the keyword-checks-due job), driven with a clock that walks the days.
    const tick = () => claimDueChecks(handle.db, { clock: () => now });
    for (const day of DAYS) {
      sim.state.clock.set(day);
      now = at(day);
      expect(await tick()).toEqual({ queued: 1 });
      const run = await latestRun(handle.db, tenantId, projectId);
      await settledCheck(handle.db, run!);
      now = at(day, 5); // later the same day: nothing is due
      expect(await tick()).toEqual({ queued: 0 });
    }

    const records = await keywordRankings(handle.db, tenantId, projectId);
    expect(records.map((r) => r.keyword).sort()).toEqual([...KEYWORDS].sort());
    const ids = records.map((r) => r.id);
    const { points } = await keywordHistory(handle.db, tenantId, projectId, ids, new Date(0));
    expect(points.map((p) => p.checkedAt)).toEqual(DAYS.map((d) => at(d).toISOString()));
    for (const [i, day] of DAYS.entries()) {
      const want = expected(day);
      for (const r of records) {
        const row = want.find((w) => w.keyword === r.keyword)!;
        expect(points[i]![r.id], `${r.keyword} on ${day}`).toBe(row.position);
      }
    }
    const [d2, d3] = [expected(DAYS[1]!), expected(DAYS[2]!)];
    for (const r of records) {
      const before = d2.find((w) => w.keyword === r.keyword)!;
      const after = d3.find((w) => w.keyword === r.keyword)!;
      expect(r.position).toBe(after.position);
      expect(r.url).toBe(after.url);
      expect(r.volume).toBe(after.volume);
      expect(changeBetween({ status: r.previousStatus, position: r.previousPosition }, r)).toBe(
        changeBetween({ status: "ok", position: before.position }, { ...after, status: "ok" }),
      );
      const positions = DAYS.map((d) => expected(d).find((w) => w.keyword === r.keyword)!.position);
      const ranked = positions.filter((p): p is number => p !== null);
      expect(r.best).toBe(ranked.length ? Math.min(...ranked) : null);
    }
    const unranked = records.find((r) => r.keyword === "unranked widget")!;
    expect(unranked).toMatchObject({ status: "ok", position: null, url: null });
  });

  it("a simulator fault stores failed rows and keeps the earlier history intact", async () => {
    const records = await keywordRankings(handle.db, tenantId, projectId);
    const ids = records.map((r) => r.id);
    const before = await keywordHistory(handle.db, tenantId, projectId, ids, new Date(0));
    sim.state.clock.set("2026-03-13");
    sim.state.faults.add({ kind: "malformed_json", path: "/keywords/check/", count: 1 });
    const { run } = await startManualCheck(handle.db, tenantId, projectId, at("2026-03-13"));
    await settledCheck(handle.db, run);

    const after = await keywordRankings(handle.db, tenantId, projectId);
    for (const r of after) {
      expect(r.status).toBe("failed");
      expect(r.position).toBeNull(); // never the previous position carried forward
      expect(r.error).toBeTruthy();
      expect(changeBetween({ status: r.previousStatus, position: r.previousPosition }, r)).toBe(
        null,
      );
    }
    const history = await keywordHistory(handle.db, tenantId, projectId, ids, new Date(0));
    expect(history.points.slice(0, 3)).toEqual(before.points);
    expect(history.points).toHaveLength(4);
    expect(await latestRun(handle.db, tenantId, projectId)).toMatchObject({
      id: run.id,
      status: "failed",
      total: 3,
      done: 3,
      failed: 3,
    });
  });

  it("sends batches of at most 100 keywords and reports progress on the run", async () => {
    const project = await createProject(handle.db, tenantId, {
      domain: "small-example.com",
      searchEngine: "bing",
      location: "United States",
      scheduleEnabled: false,
    });
    const lines = Array.from({ length: 230 }, (_, i) => `keyword number ${i + 1}`);
    const added = await addKeywords(handle.db, tenantId, project.id, {
      text: lines.join("\n"),
      tags: [],
    });
    expect(added.added).toHaveLength(230);
    sim.state.log.clear();
    const { run } = await startManualCheck(handle.db, tenantId, project.id);
    await settledCheck(handle.db, run);
    const calls = sim.state.log.entries({ path: "/keywords/check/" });
    expect(calls.map((c) => (c.body as { keywords: string[] }).keywords.length)).toEqual([
      100, 100, 30,
    ]);
    expect(await latestRun(handle.db, tenantId, project.id)).toMatchObject({
      status: "done",
      total: 230,
      done: 230,
      failed: 0,
    });
  });

  it("refuses a second check of the same domain while one is running", async () => {
    const first = await startManualCheck(handle.db, tenantId, projectId);
    const second = await startManualCheck(handle.db, tenantId, projectId);
    expect([first.started, second.started]).toEqual([true, false]);
    expect(second.run.id).toBe(first.run.id);
    await settledCheck(handle.db, first.run);
  });
});
