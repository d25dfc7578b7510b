// Bulk metrics: batching, bounded concurrency, progress, and per-batch failure isolation.
import { delay, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  BASE,
  installMockServer,
  makeClient,
  metricsRow,
  server,
} from "@/test/support/seranking-client";
import type { MetricsBatch, MetricsProgress } from "./batch-metrics";

installMockServer();

const METRICS = `${BASE}/research/backlinks/metrics/`;
const domains = (n: number) => Array.from({ length: n }, (_, i) => `site${i}.com`);

/** Echoes one row per requested domain (in reverse, to prove the client reorders). */
function echoServer(options: { failWhen?: (batch: string[]) => boolean; latencyMs?: number } = {}) {
  const state = { bodies: [] as string[][], inFlight: 0, maxInFlight: 0 };
  server.use(
    http.post(METRICS, async ({ request }) => {
      const { domains: batch } = (await request.json()) as { domains: string[] };
      state.bodies.push(batch);
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      await delay(options.latencyMs ?? 5);
      state.inFlight--;
      if (options.failWhen?.(batch)) {
        return HttpResponse.json(
          { error: { code: 500, message: "Internal error" } },
          { status: 500 },
        );
      }
      return HttpResponse.json([...batch].reverse().map(metricsRow));
    }),
  );
  return state;
}

describe("getBacklinksMetrics", () => {
  it("250 domains → 3 POSTs of at most 100, rows in input order", async () => {
    const state = echoServer();
    const input = domains(250);
    const result = await makeClient().client.getBacklinksMetrics(input);
    expect(state.bodies).toHaveLength(3);
    for (const body of state.bodies) expect(body.length).toBeLessThanOrEqual(100);
    expect(state.bodies.flat().sort()).toEqual([...input].sort());
    expect(result.rows.map((r) => r.domain)).toEqual(input);
    expect(result.failures).toEqual([]);
  });

  it("reports progress and each batch as it finishes", async () => {
    echoServer();
    const progress: MetricsProgress[] = [];
    const batches: MetricsBatch[] = [];
    await makeClient().client.getBacklinksMetrics(domains(250), {
      onProgress: (p) => progress.push(p),
      onBatch: async (b) => {
        await delay(1);
        batches.push(b);
      },
    });
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toEqual({
      done: 250,
      total: 250,
      failed: 0,
      requestsDone: 3,
      requestsTotal: 3,
    });
    expect(progress.every((p, i) => i === 0 || p.done > progress[i - 1]!.done)).toBe(true);
    expect(batches.map((b) => b.index).sort()).toEqual([0, 1, 2]);
    expect(batches.map((b) => b.rows.length).sort((a, b) => a - b)).toEqual([50, 100, 100]);
    expect(batches.every((b) => b.error === undefined)).toBe(true);
  });

  it("runs at most `concurrency` batches at once", async () => {
    const state = echoServer({ latencyMs: 30 });
    await makeClient().client.getBacklinksMetrics(domains(1000), { concurrency: 2 });
    expect(state.bodies).toHaveLength(10);
    expect(state.maxInFlight).toBeLessThanOrEqual(2);
  });

  it("a batch failing with 500 on every retry fails only its 100 domains", async () => {
    const input = domains(250);
    const poisoned = new Set(input.slice(100, 200));
    const state = echoServer({ failWhen: (batch) => batch.some((d) => poisoned.has(d)) });
    const batches: MetricsBatch[] = [];
    const progress: MetricsProgress[] = [];
    const result = await makeClient().client.getBacklinksMetrics(input, {
      onBatch: (b) => {
        batches.push(b);
      },
      onProgress: (p) => progress.push(p),
    });
    expect(state.bodies.filter((b) => b.some((d) => poisoned.has(d)))).toHaveLength(4); // 1 + 3 retries
    expect(result.rows.map((r) => r.domain)).toEqual([...input.slice(0, 100), ...input.slice(200)]);
    expect(result.failures).toHaveLength(100);
    expect(result.failures.map((f) => f.domain)).toEqual(input.slice(100, 200));
    expect(result.failures.every((f) => f.kind === "upstream_unavailable")).toBe(true);
    expect(result.failures[0]!.message).toContain("Internal error");
    expect(batches.find((b) => b.index === 1)?.error?.kind).toBe("upstream_unavailable");
    expect(progress.at(-1)).toEqual({
      done: 250,
      total: 250,
      failed: 100,
      requestsDone: 3,
      requestsTotal: 3,
    });
  });

  it("invalid domains are reported without a call; duplicates are sent once", async () => {
    const state = echoServer();
    const result = await makeClient().client.getBacklinksMetrics([
      "https://www.Good.com/page",
      "a..b",
      "localhost",
      "good.com",
      "other.org",
    ]);
    expect(state.bodies).toEqual([["good.com", "other.org"]]);
    expect(result.rows.map((r) => r.domain)).toEqual(["good.com", "other.org"]);
    expect(result.failures.map((f) => [f.domain, f.kind])).toEqual([
      ["a..b", "bad_request"],
      ["localhost", "bad_request"],
    ]);
  });

  it("only invalid domains → no call at all, one progress report", async () => {
    const progress: MetricsProgress[] = [];
    const result = await makeClient().client.getBacklinksMetrics(["1.2.3.4", ""], {
      onProgress: (p) => progress.push(p),
    });
    expect(result.rows).toEqual([]);
    expect(result.failures).toHaveLength(2);
    expect(progress).toEqual([{ done: 2, total: 2, failed: 2, requestsDone: 0, requestsTotal: 0 }]);
  });

  it("a domain missing from the reply is a failure, not a silent gap", async () => {
    server.use(http.post(METRICS, () => HttpResponse.json([metricsRow("a.com")])));
    const result = await makeClient().client.getBacklinksMetrics(["a.com", "b.com"]);
    expect(result.rows.map((r) => r.domain)).toEqual(["a.com"]);
    expect(result.failures).toEqual([
      { domain: "b.com", kind: "bad_response", message: expect.stringContaining("no metrics") },
    ]);
  });

  it("after 401 the remaining batches fail without calling SE Ranking again", async () => {
    let calls = 0;
    server.use(
      http.post(METRICS, () => {
        calls++;
        return HttpResponse.json(
          { error: { code: 401, message: "Unauthorized" } },
          { status: 401 },
        );
      }),
    );
    const result = await makeClient().client.getBacklinksMetrics(domains(500), { concurrency: 1 });
    expect(calls).toBe(1);
    expect(result.failures).toHaveLength(500);
    expect(result.failures.every((f) => f.kind === "invalid_key")).toBe(true);
  });

  it("an onBatch failure (the caller's persistence) stops the run and is re-thrown", async () => {
    const state = echoServer();
    const boom = new Error("database down");
    const error = await makeClient()
      .client.getBacklinksMetrics(domains(500), {
        concurrency: 1,
        onBatch: () => {
          throw boom;
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBe(boom);
    expect(state.bodies).toHaveLength(1);
  });
});
