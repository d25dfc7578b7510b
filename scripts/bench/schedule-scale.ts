// A morning's schedule at agency scale: 50 projects × 200 keywords (10,000) all due at one
// instant, on one workspace's key. The app's own tick claims them, the job engine runs the checks
// (its usual concurrency) against the simulator in a process of its own with SE Ranking's latency
// and rate limit, and the wall time is compared with the floor that key's limit sets.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { keywordCheckRuns } from "@/lib/db/schema";
import { handlers } from "@/lib/jobs/handlers";
import { claimDueChecks } from "@/lib/services/keywords/check-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import { KEYWORD_BATCH_SIZE } from "@/lib/services/keywords/run-check";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { at, connectedTenant } from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";
import { startSimulatorProcess } from "./simulator-process";

export interface ScheduleScaleResult {
  projects: number;
  keywords: number;
  /** Ranking calls the simulator served (the least is keywords / batch size). */
  rankingCalls: number;
  minimumCalls: number;
  /** Of those, the ones the simulator refused for going over the key's limit (then retried). */
  refused429: number;
  wallSeconds: number;
  /** The least calls / rate + one latency: the key's limit allows no faster. */
  floorSeconds: number;
  ratioToFloor: number;
  failedKeywords: number;
}

const DAY = "2026-04-02";
const round = (n: number) => Math.round(n * 100) / 100;

export async function benchScheduleScale(
  projects = 50,
  keywordsPerProject = 200,
  latencyMs = 200,
  ratePerSecond = 10,
): Promise<ScheduleScaleResult> {
  const sim = await startSimulatorProcess({ latencyMs, rateLimit: ratePerSecond });
  // The tenant client reads these (lazily, then cached) as the app does.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.SERANKING_BASE_URL = sim.url;
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.SERANKING_PROJECT_API_URL = sim.url;
  const handle = await createTestDb();
  const engine = await startTestEngine(handle, handlers);
  try {
    const { tenantId } = await connectedTenant(handle.db, "scale");
    for (let p = 0; p < projects; p++) {
      const project = await createProject(
        handle.db,
        tenantId,
        {
          domain: `client-${p}.example`,
          searchEngine: "google",
          location: "United States",
          scheduleEnabled: true,
        },
        at(DAY, -24),
      );
      const text = Array.from(
        { length: keywordsPerProject },
        (_, k) => `client ${p} keyword ${k}`,
      ).join("\n");
      await addKeywords(handle.db, tenantId, project.id, { text, tags: [] });
    }
    await sim.clearLog();
    // The morning's tick: every project is due (created a day before, checked daily).
    const morning = at(DAY, 24);
    const started = performance.now();
    const { queued } = await claimDueChecks(handle.db, { clock: () => morning, limit: projects });
    if (queued !== projects) throw new Error(`the tick claimed ${queued} of ${projects} projects`);
    const runs = await waitFor(
      "every scheduled check to end",
      async () => {
        const rows = await handle.db
          .select()
          .from(keywordCheckRuns)
          .where(eq(keywordCheckRuns.tenantId, tenantId));
        return rows.length === projects && rows.every((r) => r.status !== "running") ? rows : null;
      },
      { timeoutMs: 900_000, everyMs: 50 },
    );
    const wallSeconds = (performance.now() - started) / 1000;
    const keywords = projects * keywordsPerProject;
    const minimumCalls = projects * Math.ceil(keywordsPerProject / KEYWORD_BATCH_SIZE);
    const rankingCalls = await sim.calls("/keywords/check/");
    const refused429 = await sim.calls("/keywords/check/", 429);
    const floorSeconds = minimumCalls / ratePerSecond + latencyMs / 1000;
    return {
      projects,
      keywords,
      rankingCalls,
      minimumCalls,
      refused429,
      wallSeconds: round(wallSeconds),
      floorSeconds: round(floorSeconds),
      ratioToFloor: round(wallSeconds / floorSeconds),
      failedKeywords: runs.reduce((sum, r) => sum + r.failed, 0),
    };
  } finally {
    await engine.stop({ graceMs: 1000 });
    await handle.close();
    await sim.close();
  }
}
