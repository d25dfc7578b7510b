// Bulk metrics through the app's own service (batches, storage, progress) against the simulator
// with SE Ranking's latency and rate limit, compared with the floor that limit sets. The simulator
// runs in a process of its own (see simulator-process.ts).

import { findRun } from "@/lib/db/queries/prospect-runs";
import { defineHandler } from "@/lib/jobs/registry";
import { SERankingClient } from "@/lib/seranking/client";
import { RateLimiterRegistry } from "@/lib/seranking/rate-limiter";
import { createOwnerAccount } from "@/lib/services/accounts";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { runMetricsJob, type WithClient } from "@/lib/services/prospects/metrics-job";
import { startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { DEMO_KEY } from "@/simulator/keys";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { createTestDb } from "@/test/support/test-db";
import { startSimulatorProcess } from "./simulator-process";

export interface BulkMetricsResult {
  domains: number;
  batches: number;
  metricsCalls: number;
  wallSeconds: number;
  floorSeconds: number;
  ratioToFloor: number;
  /** The least a rolling 1 s window allows: N at once, then N more each second. */
  burstFloorSeconds: number;
  ratioToBurstFloor: number;
  failed: number;
}

export async function benchBulkMetrics(sizes: number[], latencyMs = 200, ratePerSecond = 10) {
  const sim = await startSimulatorProcess({ latencyMs, rateLimit: ratePerSecond });
  const handle = await createTestDb();
  const results: BulkMetricsResult[] = [];
  // Through the job engine, as in the app: the run is enqueued and a worker fetches it.
  let withClient: WithClient = () => Promise.reject(new Error("no client yet"));
  const engine = await startTestEngine(handle, [
    defineHandler("prospect-metrics", (payload, context) =>
      runMetricsJob(payload, context, { withClient: (work) => withClient(work) }),
    ),
  ]);
  try {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: "Bench",
      email: "bench@example.test",
      password: "bench-password-1",
      tenantName: "Bench",
      tenantSlug: "bench",
    });
    for (const size of sizes) {
      const list = await createList(handle.db, tenant.id, `bench ${size}`);
      const domains = Array.from({ length: size }, (_, i) => `bench-${size}-${i}.com`);
      await addDomains(handle.db, tenant.id, list.id, domains);
      // The app's defaults: 10 requests/s per key, as many batches in flight.
      const client = new SERankingClient({
        apiKey: DEMO_KEY,
        baseUrl: sim.url,
        rateLimitPerSecond: ratePerSecond,
        rateLimiters: new RateLimiterRegistry(),
      });
      await sim.clearLog();
      const started = performance.now();
      withClient = (work) => work(client);
      const { run: begun } = await startMetricsRun(
        handle.db,
        tenant.id,
        list.id,
        { mode: "all", startedBy: null },
        { cacheTtlMs: 0 },
      );
      const run = await waitFor(
        "the bench run to end",
        async () => {
          const row = await findRun(handle.db, tenant.id, begun.id);
          return row && row.status !== "running" ? row : null;
        },
        { timeoutMs: 600_000, everyMs: 20 },
      );
      const wallSeconds = (performance.now() - started) / 1000;
      const batches = Math.ceil(size / 100);
      // Evenly paced requests (the bench's floor since it began), and the stricter floor of a
      // rolling window that lets N go at once and N more each second after.
      const floorSeconds = batches / ratePerSecond + latencyMs / 1000;
      const burstFloorSeconds = Math.ceil(batches / ratePerSecond) - 1 + latencyMs / 1000;
      results.push({
        domains: size,
        batches,
        metricsCalls: await sim.calls("/research/backlinks/metrics/"),
        wallSeconds: round(wallSeconds),
        floorSeconds: round(floorSeconds),
        ratioToFloor: round(wallSeconds / floorSeconds),
        burstFloorSeconds: round(burstFloorSeconds),
        ratioToBurstFloor: round(wallSeconds / burstFloorSeconds),
        failed: run?.failed ?? -1,
      });
    }
  } finally {
    await engine.stop({ graceMs: 1000 });
    await handle.close();
    await sim.close();
  }
  return results;
}

const round = (n: number) => Math.round(n * 100) / 100;
