// Set-up shared by the metrics-run integration tests: a test database with one workspace, the
// in-process simulator, and a job engine whose prospect-metrics handler uses the client each
// test chooses (its concurrency, a wrapper that injects a failure or a cancel).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findRun } from "@/lib/db/queries/prospect-runs";
import type { Engine } from "@/lib/jobs/engine";
import { defineHandler } from "@/lib/jobs/registry";
import { SERankingClient } from "@/lib/seranking/client";
import { RateLimiterRegistry } from "@/lib/seranking/rate-limiter";
import { createOwnerAccount } from "@/lib/services/accounts";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { runMetricsJob, type WithClient } from "@/lib/services/prospects/metrics-job";
import { startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { startTestEngine, waitFor } from "./jobs";
import { createTestDb } from "./test-db";

export const METRICS_PATH = "/research/backlinks/metrics/";

export const domains = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${i}.com`);

export interface MetricsRunFixture {
  handle: DbHandle;
  sim: RunningSimulator;
  tenantId: string;
  /** The client the metrics job uses; reset to simClient() before each test. */
  withClient: WithClient;
  simClient(concurrency?: number): WithClient;
  newListWith(names: string[]): Promise<string>;
  /** Starts a run of the list as the Fetch button does, reusing metrics up to a minute old. */
  startRun(listId: string, mode?: "all" | "failed"): ReturnType<typeof startMetricsRun>;
  /** Waits (with a deadline) until the job has ended the run. */
  settled(runId: string): ReturnType<typeof findRun>;
  metricsCalls(): ReturnType<RunningSimulator["state"]["log"]["entries"]>;
}

/** Registers the hooks; the returned object is filled in by beforeAll. */
export function metricsRunFixture(slug: string): MetricsRunFixture {
  let engine: Engine;
  const t = {
    simClient(concurrency = 3): WithClient {
      const client = new SERankingClient({
        apiKey: DEMO_KEY,
        baseUrl: t.sim.url,
        metricsConcurrency: concurrency,
        retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
        rateLimitPerSecond: 1000,
        rateLimiters: new RateLimiterRegistry(),
      });
      return (work) => work(client);
    },
    async newListWith(names: string[]) {
      const list = await createList(t.handle.db, t.tenantId, `list ${Math.random()}`);
      await addDomains(t.handle.db, t.tenantId, list.id, names);
      return list.id;
    },
    startRun: (listId: string, mode: "all" | "failed" = "all") =>
      startMetricsRun(
        t.handle.db,
        t.tenantId,
        listId,
        { mode, startedBy: null },
        { cacheTtlMs: 60_000 },
      ),
    settled: (runId: string) =>
      waitFor("the metrics run to end", async () => {
        const run = await findRun(t.handle.db, t.tenantId, runId);
        return run && run.status !== "running" ? run : null;
      }),
    metricsCalls: () => t.sim.state.log.entries({ path: METRICS_PATH }),
  } as MetricsRunFixture;

  beforeAll(async () => {
    // listDetail prices the next run with the cache TTL from the server's environment.
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
    process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
    [t.handle, t.sim] = await Promise.all([
      createTestDb(),
      startSimulator({ port: 0, rateLimit: 0 }),
    ]);
    const a = await createOwnerAccount(t.handle.db, {
      name: "A",
      email: `${slug}@example.test`,
      password: `password-${slug}-1`,
      tenantName: slug,
      tenantSlug: slug,
    });
    t.tenantId = a.tenant.id;
    engine = await startTestEngine(t.handle, [
      defineHandler("prospect-metrics", (payload, context) =>
        runMetricsJob(payload, context, { withClient: (work) => t.withClient(work) }),
      ),
    ]);
  });
  afterAll(async () => {
    await engine.stop({ graceMs: 1000 });
    await t.sim.close();
    await t.handle.close();
  });
  beforeEach(() => {
    t.withClient = t.simClient();
    t.sim.state.log.clear();
    t.sim.state.faults.clear();
  });
  return t;
}
