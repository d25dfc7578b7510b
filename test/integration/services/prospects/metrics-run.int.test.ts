// Bulk metrics runs against the in-process simulator: batching, per-batch storage, a fault in
// one batch, retrying only what failed, the per-domain cache, the one-run guard, dead runs.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findRun } from "@/lib/db/queries/prospect-runs";
import type { Engine } from "@/lib/jobs/engine";
import { defineHandler } from "@/lib/jobs/registry";
import { SERankingClient } from "@/lib/seranking/client";
import { RateLimiterRegistry } from "@/lib/seranking/rate-limiter";
import { createOwnerAccount } from "@/lib/services/accounts";
import { listDetail } from "@/lib/services/prospects/list-detail";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { runMetricsJob, type WithClient } from "@/lib/services/prospects/metrics-job";
import {
  cancelMetricsRun,
  currentRun,
  startMetricsRun,
} from "@/lib/services/prospects/metrics-run";
import { DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { metricsFor } from "@/simulator/universe";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { createTestDb } from "@/test/support/test-db";

const METRICS_PATH = "/research/backlinks/metrics/";
let handle: DbHandle;
let sim: RunningSimulator;
let engine: Engine;
let tenantId: string;
// The client the metrics job uses: each test sets its own (concurrency, injected failures).
let useClient: WithClient;

/** Waits (with a deadline) until the job has ended the run. */
const settled = (runId: string) =>
  waitFor("the metrics run to end", async () => {
    const run = await findRun(handle.db, tenantId, runId);
    return run && run.status !== "running" ? run : null;
  });

const domains = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${i}.com`);

function simClient(concurrency = 3): WithClient {
  const client = new SERankingClient({
    apiKey: DEMO_KEY,
    baseUrl: sim.url,
    metricsConcurrency: concurrency,
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    rateLimitPerSecond: 1000,
    rateLimiters: new RateLimiterRegistry(),
  });
  return (work) => work(client);
}

async function newListWith(names: string[]) {
  const list = await createList(handle.db, tenantId, `list ${Math.random()}`);
  await addDomains(handle.db, tenantId, list.id, names);
  return list.id;
}

const metricsCalls = () => sim.state.log.entries({ path: METRICS_PATH });

beforeAll(async () => {
  // listDetail prices the next run with the cache TTL from the server's environment.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  [handle, sim] = await Promise.all([createTestDb(), startSimulator({ port: 0, rateLimit: 0 })]);
  const a = await createOwnerAccount(handle.db, {
    name: "A",
    email: "runs@example.test",
    password: "password-runs-1",
    tenantName: "Runs",
    tenantSlug: "runs",
  });
  tenantId = a.tenant.id;
  engine = await startTestEngine(handle, [
    defineHandler("prospect-metrics", (payload, context) =>
      runMetricsJob(payload, context, { withClient: (work) => useClient(work) }),
    ),
  ]);
});
afterAll(async () => {
  await engine.stop({ graceMs: 1000 });
  await sim.close();
  await handle.close();
});
beforeEach(() => {
  useClient = simClient();
  sim.state.log.clear();
  sim.state.faults.clear();
});

describe("metrics runs", () => {
  it("1,000 domains make exactly 10 metrics calls of at most 100 and store the simulator's numbers", async () => {
    const names = domains(1000, "thousand");
    const listId = await newListWith(names);
    const { run } = await startMetricsRun(
      handle.db,
      tenantId,
      listId,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    expect(run).toMatchObject({ status: "running", total: 1000, done: 0 });
    await settled(run.id);

    const calls = metricsCalls();
    expect(calls).toHaveLength(10);
    for (const call of calls) {
      expect((call.body as { domains: string[] }).domains.length).toBeLessThanOrEqual(100);
    }
    expect(calls.flatMap((c) => (c.body as { domains: string[] }).domains).sort()).toEqual(
      [...names].sort(),
    );
    expect(await currentRun(handle.db, tenantId, listId)).toMatchObject({
      status: "done",
      total: 1000,
      done: 1000,
      failed: 0,
    });
    const { prospects } = await listDetail(handle.db, tenantId, listId);
    expect(prospects.map((p) => p.domain)).toEqual(names);
    for (const p of prospects) {
      const expected = metricsFor(p.domain);
      expect([p.trustFlow, p.citationFlow, p.referringDomains, p.totalBacklinks]).toEqual([
        expected.trust_flow,
        expected.citation_flow,
        expected.referring_domains,
        expected.total_backlinks,
      ]);
    }

    // Within the TTL the same domains are not asked again, even from another list.
    sim.state.log.clear();
    const again = await newListWith(names.slice(0, 150));
    const second = await startMetricsRun(
      handle.db,
      tenantId,
      again,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    await settled(second.run.id);
    expect(metricsCalls()).toHaveLength(0);
    expect(second.run).toMatchObject({ status: "done", total: 0, cached: 150 });
    const copied = await listDetail(handle.db, tenantId, again);
    expect(copied.prospects.every((p) => p.trustFlow !== null)).toBe(true);
  });

  it("a fault in batch 4 of 10 keeps batches 1–3 and 5–10, and only batch 4 is retried", async () => {
    const names = domains(1000, "faulty");
    const listId = await newListWith(names);
    // One batch at a time so "the 4th call" is batch 4; 3 attempts = the first try + 2 retries.
    sim.state.faults.add({ kind: "status", status: 503, path: METRICS_PATH, nth: 4, count: 3 });
    useClient = simClient(1);
    const { run } = await startMetricsRun(
      handle.db,
      tenantId,
      listId,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    await settled(run.id);
    expect(metricsCalls()).toHaveLength(12);
    expect(await currentRun(handle.db, tenantId, listId)).toMatchObject({
      status: "done",
      done: 1000,
      failed: 100,
    });
    const { prospects } = await listDetail(handle.db, tenantId, listId);
    const batch4 = new Set(names.slice(300, 400));
    for (const p of prospects) {
      if (batch4.has(p.domain)) {
        expect(p.trustFlow).toBeNull();
        expect(p.error?.kind).toBe("upstream_unavailable");
        expect(p.reason).toMatch(/^Fetch failed: .*HTTP 503/);
      } else {
        expect(p.trustFlow).toBe(metricsFor(p.domain).trust_flow);
        expect(p.error).toBeNull();
      }
    }

    sim.state.log.clear();
    const retry = await startMetricsRun(
      handle.db,
      tenantId,
      listId,
      { mode: "failed", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    expect(retry.run).toMatchObject({ mode: "failed", total: 100 });
    await settled(retry.run.id);
    const retried = metricsCalls();
    expect(retried).toHaveLength(1);
    expect((retried[0]!.body as { domains: string[] }).domains.sort()).toEqual([...batch4].sort());
    const after = await listDetail(handle.db, tenantId, listId);
    expect(after.prospects.every((p) => p.trustFlow === metricsFor(p.domain).trust_flow)).toBe(
      true,
    );
    expect(after.prospects.every((p) => p.error === null)).toBe(true);
  });

  it("refuses a second run of the same list while one is running", async () => {
    const listId = await newListWith(domains(250, "guard"));
    sim.state.faults.add({ kind: "latency", latencyMs: 200, path: METRICS_PATH, count: 3 });
    useClient = simClient(1);
    const first = await startMetricsRun(
      handle.db,
      tenantId,
      listId,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    await expect(
      startMetricsRun(
        handle.db,
        tenantId,
        listId,
        { mode: "all", startedBy: null },
        { cacheTtlMs: 60_000 },
      ),
    ).rejects.toMatchObject({ status: 409, code: "conflict" });
    // Progress is readable mid-run, from the database, as a reloaded page would read it.
    const mid = await currentRun(handle.db, tenantId, listId);
    expect(mid?.status).toBe("running");
    await settled(first.run.id);
    expect((await currentRun(handle.db, tenantId, listId))?.done).toBe(250);
  });

  it("a delivery that dies mid-run is retried and resumes: no domain fetched after it was stored, none counted twice", async () => {
    const names = domains(1000, "resume");
    const listId = await newListWith(names);
    // The first delivery crashes on its 4th batch, after storing three (one batch at a time).
    const client = simClient(1);
    let deliveries = 0;
    useClient = (work) =>
      client((real) => {
        const first = ++deliveries === 1;
        let batches = 0;
        const crashing = Object.create(real) as typeof real;
        crashing.getBacklinksMetrics = (inputs, options) =>
          real.getBacklinksMetrics(inputs, {
            ...options,
            onBatch: async (batch) => {
              if (first && ++batches === 4) throw new Error("the worker crashed");
              await options?.onBatch?.(batch);
            },
          });
        return work(crashing);
      });
    const { run } = await startMetricsRun(
      handle.db,
      tenantId,
      listId,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    const done = await settled(run.id);
    expect(deliveries).toBe(2);
    expect(done).toMatchObject({ status: "done", total: 1000, done: 1000, failed: 0 });
    // Batch 4 was fetched but not stored, so it is asked again; batches 1–3 never are.
    const asked = metricsCalls().map((c) => (c.body as { domains: string[] }).domains);
    expect(asked).toHaveLength(11);
    const second = asked.slice(4).flat().sort();
    expect(second).toEqual(names.slice(300).sort());
    const { prospects } = await listDetail(handle.db, tenantId, listId);
    expect(prospects.every((p) => p.trustFlow === metricsFor(p.domain).trust_flow)).toBe(true);
  });

  it("a cancelled run stops before its next batch and keeps what it stored", async () => {
    const names = domains(500, "cancel");
    const listId = await newListWith(names);
    const client = simClient(1);
    let runId = "";
    let batches = 0;
    // Cancelled (as the Cancel button does) while batch 2 is being fetched.
    useClient = (work) =>
      client((real) => {
        const cancelling = Object.create(real) as typeof real;
        cancelling.getBacklinksMetrics = (inputs, options) =>
          real.getBacklinksMetrics(inputs, {
            ...options,
            onBatch: async (batch) => {
              if (++batches === 2) await cancelMetricsRun(handle.db, tenantId, runId);
              await options?.onBatch?.(batch);
            },
          });
        return work(cancelling);
      });
    const { run } = await startMetricsRun(
      handle.db,
      tenantId,
      listId,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    runId = run.id;
    const ended = await settled(run.id);
    expect(ended).toMatchObject({ status: "cancelled", done: 100, total: 500 });
    expect(metricsCalls()).toHaveLength(2);
    const { prospects } = await listDetail(handle.db, tenantId, listId);
    expect(prospects.filter((p) => p.trustFlow !== null).map((p) => p.domain)).toEqual(
      names.slice(0, 100),
    );
  });
});
