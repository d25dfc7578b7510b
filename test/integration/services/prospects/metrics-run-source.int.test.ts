// The prospect-metrics run through the run-status API's source: the one progress shape,
// retrying the failed domains as a new run, and cancelling a run that is going.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findRun } from "@/lib/db/queries/prospect-runs";
import type { Engine } from "@/lib/jobs/engine";
import { defineHandler } from "@/lib/jobs/registry";
import { SERankingClient } from "@/lib/seranking/client";
import { RateLimiterRegistry } from "@/lib/seranking/rate-limiter";
import { createOwnerAccount } from "@/lib/services/accounts";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { runMetricsJob } from "@/lib/services/prospects/metrics-job";
import { startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { metricsRunSource } from "@/lib/services/prospects/metrics-run-source";
import { DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { createTestDb } from "@/test/support/test-db";

const METRICS_PATH = "/research/backlinks/metrics/";
let handle: DbHandle;
let sim: RunningSimulator;
let engine: Engine;
let tenantId: string;
let userId: string;

const settled = (runId: string) =>
  waitFor("the run to end", async () => {
    const run = await findRun(handle.db, tenantId, runId);
    return run && run.status !== "running" ? run : null;
  });

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  [handle, sim] = await Promise.all([createTestDb(), startSimulator({ port: 0, rateLimit: 0 })]);
  const a = await createOwnerAccount(handle.db, {
    name: "S",
    email: "source@example.test",
    password: "password-source-1",
    tenantName: "Source",
    tenantSlug: "source",
  });
  tenantId = a.tenant.id;
  userId = a.userId;
  const client = new SERankingClient({
    apiKey: DEMO_KEY,
    baseUrl: sim.url,
    metricsConcurrency: 1,
    retry: { retries: 0 },
    rateLimitPerSecond: 1000,
    rateLimiters: new RateLimiterRegistry(),
  });
  engine = await startTestEngine(handle, [
    defineHandler("prospect-metrics", (payload, context) =>
      runMetricsJob(payload, context, { withClient: (work) => work(client) }),
    ),
  ]);
});
afterAll(async () => {
  await engine.stop({ graceMs: 1000 });
  await sim.close();
  await handle.close();
});

describe("prospect-metrics run source", () => {
  it("answers the one progress shape, and a retry fetches only the failed domains in a new run", async () => {
    const list = await createList(handle.db, tenantId, "source");
    const names = Array.from({ length: 150 }, (_, i) => `source-${i}.com`);
    await addDomains(handle.db, tenantId, list.id, names);
    // The second batch (domains 100–149) fails.
    sim.state.faults.add({ kind: "status", status: 503, path: METRICS_PATH, nth: 2, count: 1 });
    const { run } = await startMetricsRun(
      handle.db,
      tenantId,
      list.id,
      { mode: "all", startedBy: userId },
      { cacheTtlMs: 60_000 },
    );
    await settled(run.id);
    expect(await metricsRunSource.read(handle.db, tenantId, run.id)).toMatchObject({
      kind: "prospect-metrics",
      id: run.id,
      status: "done",
      unit: "domains",
      done: 150,
      total: 150,
      failed: 50,
      canCancel: false,
      canRetry: true,
    });
    sim.state.log.clear();
    const retried = await metricsRunSource.retry(handle.db, tenantId, run.id, userId);
    expect(retried).toMatchObject({ status: "running", total: 50, done: 0 });
    await settled(retried!.id);
    const asked = sim.state.log.entries({ path: METRICS_PATH });
    expect(asked.flatMap((c) => (c.body as { domains: string[] }).domains).sort()).toEqual(
      names.slice(100).sort(),
    );
    expect(await metricsRunSource.read(handle.db, tenantId, retried!.id)).toMatchObject({
      status: "done",
      failed: 0,
      canRetry: false,
    });
  });

  it("another tenant's run is not found, and cannot be cancelled or retried", async () => {
    const list = await createList(handle.db, tenantId, "private");
    await addDomains(handle.db, tenantId, list.id, ["private-source.com"]);
    const { run } = await startMetricsRun(
      handle.db,
      tenantId,
      list.id,
      { mode: "all", startedBy: userId },
      { cacheTtlMs: 60_000 },
    );
    const stranger = "00000000-0000-4000-8000-000000000000";
    expect(await metricsRunSource.read(handle.db, stranger, run.id)).toBeNull();
    expect(await metricsRunSource.cancel(handle.db, stranger, run.id)).toBeNull();
    expect(await metricsRunSource.retry(handle.db, stranger, run.id, userId)).toBeNull();
    await settled(run.id);
  });
});
