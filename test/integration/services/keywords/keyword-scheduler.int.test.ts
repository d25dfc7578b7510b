// Two app instances' schedule ticks at once, each with its own job engine: each due check is
// claimed, run and recorded exactly once.
// The real proof runs on PostgreSQL (scripts/with-postgres.sh → TEST_DATABASE_URL), where each
// instance has its own connection pool; on PGlite (one connection) the same SQL runs serialised.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDb } from "@/lib/db/client";
import { keywordCheckRuns, keywordChecks } from "@/lib/db/schema";
import type { Engine } from "@/lib/jobs/engine";
import { handlers } from "@/lib/jobs/handlers";
import { claimDueChecks } from "@/lib/services/keywords/check-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import type { RunningSimulator } from "@/simulator/start-simulator";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { at, connectedTenant, startKeywordSimulator } from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

const DAY = "2026-04-02";
const PROJECTS = 8;
const KEYWORDS = ["rank tracker", "serp checker", "keyword position"];

let first: DbHandle;
let second: DbHandle;
let sim: RunningSimulator;
const engines: Engine[] = [];

/** A second pool on the same database, as a second app instance would have. */
async function secondInstance(handle: DbHandle): Promise<DbHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { ...handle, close: async () => {} };
  const result = await handle.db.execute(sql`select current_database() as name`);
  const url = new URL(serverUrl);
  url.pathname = `/${(result.rows[0] as { name: string }).name}`;
  return openDb({ url: url.toString() });
}

beforeAll(async () => {
  sim = await startKeywordSimulator(DAY);
  sim.state.config.latencyMs = 40; // checks overlap in time, as they would in production
  first = await createTestDb();
  second = await secondInstance(first);
  for (let i = 0; i < PROJECTS; i++) {
    const { tenantId } = await connectedTenant(first.db, `sched${i % 2}`);
    const project = await createProject(
      first.db,
      tenantId,
      {
        domain: `site-${i}.example`,
        searchEngine: "google",
        location: "United States",
        scheduleEnabled: true,
      },
      at(DAY, -24),
    );
    await addKeywords(first.db, tenantId, project.id, { text: KEYWORDS.join("\n"), tags: [] });
  }
  // One engine per instance (on PGlite both instances are the one database, so one engine).
  engines.push(await startTestEngine(first, handlers));
  if (second.db !== first.db) engines.push(await startTestEngine(second, handlers));
});
afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop({ graceMs: 1000 })));
  await second?.close();
  await first?.close();
  await sim?.close();
});

const allRunsEnded = () =>
  waitFor("every claimed check to end", async () => {
    const runs = await first.db
      .select({ projectId: keywordCheckRuns.projectId, status: keywordCheckRuns.status })
      .from(keywordCheckRuns);
    return runs.every((r) => r.status !== "running") ? runs : null;
  });

describe("two instances' schedule ticks at once", () => {
  it("record each due check exactly once", async () => {
    sim.state.log.clear();
    const clock = () => at(DAY);
    const results = await Promise.all([
      claimDueChecks(first.db, { clock }),
      claimDueChecks(second.db, { clock }),
      claimDueChecks(first.db, { clock }),
      claimDueChecks(second.db, { clock }),
    ]);
    expect(results.reduce((sum, r) => sum + r.queued, 0)).toBe(PROJECTS);

    const runs = await allRunsEnded();
    expect(runs).toHaveLength(PROJECTS);
    expect(new Set(runs.map((r) => r.projectId)).size).toBe(PROJECTS);
    expect(runs.every((r) => r.status === "done")).toBe(true);

    const perKeyword = await first.db
      .select({ keywordId: keywordChecks.keywordId, n: sql<number>`count(*)::int` })
      .from(keywordChecks)
      .groupBy(keywordChecks.keywordId);
    expect(perKeyword).toHaveLength(PROJECTS * KEYWORDS.length);
    expect(perKeyword.every((r) => r.n === 1)).toBe(true);
    expect(sim.state.log.entries({ path: "/keywords/check/" })).toHaveLength(PROJECTS);

    // Nothing is due again until the next day's slot.
    const idle = await Promise.all([
      claimDueChecks(first.db, { clock }),
      claimDueChecks(second.db, { clock }),
    ]);
    expect(idle.map((r) => r.queued)).toEqual([0, 0]);
    const next = () => at(DAY, 24);
    const again = await Promise.all([
      claimDueChecks(first.db, { clock: next }),
      claimDueChecks(second.db, { clock: next }),
    ]);
    expect(again[0].queued + again[1].queued).toBe(PROJECTS);
    await allRunsEnded();
  });
});
