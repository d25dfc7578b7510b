// Two app instances' schedulers at once: each due check is claimed and recorded exactly once.
// The real proof runs on PostgreSQL (scripts/with-postgres.sh → TEST_DATABASE_URL), where each
// instance has its own connection pool; on PGlite (one connection) the same SQL runs serialised.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDb } from "@/lib/db/client";
import { keywordCheckRuns, keywordChecks } from "@/lib/db/schema";
import type { RunningSimulator } from "@/simulator/start-simulator";
import { at, connectedTenant, startKeywordSimulator } from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";
import { runDueChecks } from "./check-service";
import { addKeywords, createProject } from "./project-service";
import { startKeywordScheduler } from "./scheduler";

const DAY = "2026-04-02";
const PROJECTS = 8;
const KEYWORDS = ["rank tracker", "serp checker", "keyword position"];

let first: DbHandle;
let second: DbHandle;
let sim: RunningSimulator;

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
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  await sim?.close();
});

describe("two schedulers at once", () => {
  it("record each due check exactly once", async () => {
    sim.state.log.clear();
    const clock = () => at(DAY);
    const a = startKeywordScheduler({ getDb: async () => first.db, clock, autoStart: false });
    const b = startKeywordScheduler({ getDb: async () => second.db, clock, autoStart: false });
    const results = await Promise.all([
      a.tick(),
      b.tick(),
      runDueChecks(first.db, { clock }),
      runDueChecks(second.db, { clock }),
    ]);
    if (process.env.TEST_DATABASE_URL) {
      // Both instances really worked in parallel (each claimed some), not one after the other.
      expect(results[0].ran + results[2].ran).toBeGreaterThan(0);
      expect(results[1].ran + results[3].ran).toBeGreaterThan(0);
    }
    expect(results.reduce((sum, r) => sum + r.ran, 0)).toBe(PROJECTS);

    const runs = await first.db
      .select({ projectId: keywordCheckRuns.projectId, status: keywordCheckRuns.status })
      .from(keywordCheckRuns);
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
    expect((await Promise.all([a.tick(), b.tick()])).map((r) => r.ran)).toEqual([0, 0]);
    const next = () => at(DAY, 24);
    const again = await Promise.all([
      runDueChecks(first.db, { clock: next }),
      runDueChecks(second.db, { clock: next }),
    ]);
    expect(again[0].ran + again[1].ran).toBe(PROJECTS);
  });
});
