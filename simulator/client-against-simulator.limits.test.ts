// Limits and transport over real HTTP: out of credits, 429s from the simulator's limiter and
// from faults, timeouts, broken bodies, and a fault in one batch of a metrics run.
import { describe, expect, it } from "vitest";
import type { MetricsBatch, MetricsProgress } from "@/lib/seranking";
import { SERankingError } from "@/lib/seranking";
import {
  ATTEMPTS,
  clientFor,
  expectedMetrics,
  expectedSummary,
  failure,
  logged,
  manyDomains,
  PATHS,
  seenErrors,
  TEST_KEY,
} from "./client-against-simulator-helpers";
import { KEYWORDS } from "./client-fault-cases";
import {
  BROKE_403_KEY,
  fastClientOf,
  keysNeverLeak,
  LATENCY_TIMEOUT_MS,
  PACED_KEY,
  POOR_KEY,
  RATE_KEY,
  setupFaultSim,
  TIMEOUT_MS,
  timed,
} from "./client-fault-setup";
import { metricsFor, summaryFor } from "./universe";

const sim = setupFaultSim();
const fastClient = fastClientOf(sim);

describe("out of credits on an exhausted key (no fault)", () => {
  it("402 (global setting) → out_of_credits, not retried; verify() still works (free)", async () => {
    sim().state.keys.set({ key: POOR_KEY, credits: 50 });
    const client = fastClient(POOR_KEY);
    const error = await failure(client.getBacklinksSummary("example.com")); // costs 100
    expect(error).toMatchObject({ kind: "out_of_credits", status: 402 });
    expect(logged(sim())).toHaveLength(1);
    await expect(client.verify()).resolves.toMatchObject({ creditsLeft: 50 });
  });

  it("403 'Insufficient funds' (per-key setting) → out_of_credits", async () => {
    const error = await failure(
      fastClient(BROKE_403_KEY).getKeywordRankings({
        domain: "example.com",
        keywords: KEYWORDS,
        searchEngine: "google",
      }),
    );
    expect(error).toMatchObject({ kind: "out_of_credits", status: 403 });
    expect(error.upstream?.message).toBe("Insufficient funds");
    expect(logged(sim())).toHaveLength(1);
  });

  it("metrics: credits run out mid-run → later batches fail without being sent", async () => {
    sim().state.keys.set({ key: POOR_KEY, credits: 150 }); // batch 1 (100) fits, batch 2 does not
    const domains = manyDomains(250, "poor");
    const result = await fastClient(POOR_KEY).getBacklinksMetrics(domains, { concurrency: 1 });
    expect(result.rows).toEqual(domains.slice(0, 100).map((d) => expectedMetrics(metricsFor(d))));
    expect(result.failures.map((f) => f.domain)).toEqual(domains.slice(100));
    expect(new Set(result.failures.map((f) => f.kind))).toEqual(new Set(["out_of_credits"]));
    expect(logged(sim(), PATHS.metrics).map((e) => e.status)).toEqual([200, 402]);
  });

  it("metrics: a 401 stops the run after the batches already in flight", async () => {
    sim().state.faults.add({ kind: "status", status: 401, path: PATHS.metrics });
    const result = await fastClient().getBacklinksMetrics(manyDomains(1000, "revoked"), {
      concurrency: 3,
    });
    expect(result.rows).toEqual([]);
    expect(result.failures).toHaveLength(1000);
    expect(new Set(result.failures.map((f) => f.kind))).toEqual(new Set(["invalid_key"]));
    expect(logged(sim(), PATHS.metrics).length).toBeLessThanOrEqual(3);
  });
});

describe("429 from the simulator's own rate limiter", () => {
  it("a burst over the per-key limit is retried after Retry-After and then succeeds", async () => {
    const client = clientFor(sim(), { apiKey: RATE_KEY });
    const domains = ["example.com", "small-example.com", "spammy-example.com", "empty-example.com"];
    const [results, ms] = await timed(() =>
      Promise.all(domains.map((d) => client.getBacklinksSummary(d))),
    );
    expect(results).toEqual(domains.map((d) => expectedSummary(d, summaryFor(d))));
    const entries = logged(sim(), PATHS.summary);
    const refused = entries.filter((e) => e.status === 429).length;
    expect(refused).toBeGreaterThanOrEqual(2);
    expect(entries).toHaveLength(domains.length + refused);
    expect(ms).toBeGreaterThanOrEqual(950); // Retry-After: 1 was honoured
  });

  it("a Retry-After beyond the retry budget → rate_limited at once, with retryAfterMs", async () => {
    const client = clientFor(sim(), {
      apiKey: RATE_KEY,
      retry: { retries: 3, baseDelayMs: 5, maxDelayMs: 20, maxTotalMs: 300 },
    });
    const settled = await Promise.allSettled(
      ["a-example.com", "b-example.com", "c-example.com"].map((d) => client.getBacklinksSummary(d)),
    );
    const rejected = settled.flatMap((s) => (s.status === "rejected" ? [s.reason] : []));
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(2);
    expect(rejected).toHaveLength(1);
    seenErrors.push(...rejected);
    expect(rejected[0]).toBeInstanceOf(SERankingError);
    expect(rejected[0]).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 1000 });
    expect(logged(sim(), PATHS.summary)).toHaveLength(3);
  });

  it("a client paced at the key's limit never gets a 429", async () => {
    const client = clientFor(sim(), { apiKey: PACED_KEY, rateLimitPerSecond: 2 });
    const domains = manyDomains(6, "paced");
    const [results, ms] = await timed(() =>
      Promise.all(domains.map((d) => client.getBacklinksSummary(d))),
    );
    expect(results).toEqual(domains.map((d) => expectedSummary(d, summaryFor(d))));
    expect(logged(sim()).map((e) => e.status)).toEqual(domains.map(() => 200));
    expect(ms).toBeGreaterThanOrEqual(1_900); // 6 calls at 2/s: slots at 0, 1 and 2 s
  });
});

describe("429 faults", () => {
  it("one 429 with the default Retry-After (1 s) → waits, retries once, succeeds", async () => {
    sim().state.faults.add({ kind: "status", status: 429, count: 1 });
    const [got, ms] = await timed(() => fastClient().getBacklinksSummary("example.com"));
    expect(got).toEqual(expectedSummary("example.com", summaryFor("example.com")));
    expect(logged(sim()).map((e) => e.status)).toEqual([429, 200]);
    expect(ms).toBeGreaterThanOrEqual(950);
  });

  it("persistent 429 → rate_limited after every retry", async () => {
    sim().state.faults.add({ kind: "status", status: 429, retryAfterSeconds: 0 });
    const error = await failure(fastClient().getBacklinks({ domain: "example.com" }));
    expect(error).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 0 });
    expect(logged(sim())).toHaveLength(ATTEMPTS);
  });
});

describe("timeouts and slow answers", () => {
  it("a hung request fails as timeout after ~timeoutMs, once", async () => {
    sim().state.faults.add({ kind: "timeout" });
    const client = fastClient(TEST_KEY, TIMEOUT_MS);
    const [error, ms] = await timed(() => failure(client.getBacklinksSummary("example.com")));
    expect(error.kind).toBe("timeout");
    expect(error.message).toContain(`${TIMEOUT_MS} ms`);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(ms).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(logged(sim())).toEqual([expect.objectContaining({ fault: "timeout", status: null })]);
  });

  it("an answer later than timeoutMs is a timeout too", async () => {
    sim().state.faults.add({ kind: "timeout", afterMs: TIMEOUT_MS + 300 });
    const error = await failure(
      fastClient(TEST_KEY, TIMEOUT_MS).getBacklinksSummary("example.com"),
    );
    expect(error.kind).toBe("timeout");
  });

  it("latency below the timeout → success, slower", async () => {
    sim().state.faults.add({ kind: "latency", latencyMs: 150 });
    const client = fastClient(TEST_KEY, LATENCY_TIMEOUT_MS);
    const [got, ms] = await timed(() => client.getBacklinksSummary("example.com"));
    expect(got).toEqual(expectedSummary("example.com", summaryFor("example.com")));
    expect(ms).toBeGreaterThanOrEqual(140);
    expect(logged(sim())).toEqual([
      expect.objectContaining({ fault: "latency:150ms", status: 200 }),
    ]);
  });
});

describe("broken bodies", () => {
  it("malformed JSON → bad_response, not retried", async () => {
    sim().state.faults.add({ kind: "malformed_json" });
    const error = await failure(fastClient().getBacklinksSummary("example.com"));
    expect(error).toMatchObject({ kind: "bad_response", status: 200 });
    expect(error.message).toMatch(/not JSON/);
    expect(logged(sim())).toHaveLength(1);
  });

  it("truncated body → upstream_unavailable (a transport failure), retried", async () => {
    sim().state.faults.add({ kind: "truncated_body" });
    const error = await failure(fastClient().getBacklinksSummary("example.com"));
    expect(error.kind).toBe("upstream_unavailable");
    expect(error.message).toMatch(/Could not reach SE Ranking/);
    expect(logged(sim()).map((e) => e.fault)).toEqual(
      Array.from({ length: ATTEMPTS }, () => "truncated_body"),
    );
  });
});

describe("a fault in batch 4 of 10 (metrics)", () => {
  const domains = manyDomains(1000, "bulk");
  const batch4 = domains.slice(300, 400);
  const others = [...domains.slice(0, 300), ...domains.slice(400)];

  // With concurrency 1 the nth metrics request is batch n, and batch 4's retries are requests
  // 5, 6, ...: `nth: 4, count: ATTEMPTS` fails batch 4 on every attempt and nothing else.
  it("persistent for that batch's retries → rows for 900, failures for exactly its 100", async () => {
    sim().state.faults.add({
      kind: "status",
      status: 503,
      path: PATHS.metrics,
      nth: 4,
      count: ATTEMPTS,
    });
    const progress: MetricsProgress[] = [];
    const batches: MetricsBatch[] = [];
    const result = await fastClient().getBacklinksMetrics(domains, {
      concurrency: 1,
      onProgress: (p) => progress.push(p),
      onBatch: (b) => {
        batches.push(b);
      },
    });

    expect(result.rows).toEqual(others.map((d) => expectedMetrics(metricsFor(d))));
    expect(result.failures.map((f) => f.domain)).toEqual(batch4);
    expect(new Set(result.failures.map((f) => f.kind))).toEqual(new Set(["upstream_unavailable"]));

    const posts = logged(sim(), PATHS.metrics);
    expect(posts).toHaveLength(10 + ATTEMPTS - 1);
    const sent = posts.map((e) => (e.body as { domains: string[] }).domains);
    for (let i = 3; i < 3 + ATTEMPTS; i++) {
      expect(posts[i]).toMatchObject({ status: 503, fault: "status:503" });
      expect(sent[i]).toEqual(batch4);
    }
    expect(posts.filter((e) => e.status === 200)).toHaveLength(9);

    expect(progress.at(-1)).toMatchObject({
      done: 1000,
      total: 1000,
      failed: 100,
      requestsDone: 10,
    });
    expect(batches.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(batches.filter((b) => b.error).map((b) => b.index)).toEqual([3]);
    seenErrors.push(batches[3]?.error);
  });

  it("spent before the retries run out → all 1000 rows", async () => {
    sim().state.faults.add({
      kind: "status",
      status: 502,
      path: PATHS.metrics,
      nth: 4,
      count: ATTEMPTS - 1,
    });
    const result = await fastClient().getBacklinksMetrics(domains, { concurrency: 1 });
    expect(result.failures).toEqual([]);
    expect(result.rows).toEqual(domains.map((d) => expectedMetrics(metricsFor(d))));
    expect(logged(sim(), PATHS.metrics)).toHaveLength(10 + ATTEMPTS - 1);
  });

  it.each([
    ["timeout", { kind: "timeout" }, "timeout"],
    ["malformed JSON", { kind: "malformed_json" }, "bad_response"],
  ] as const)("a one-shot %s in batch 4 → only batch 4 fails, unretried", async (_n, f, kind) => {
    sim().state.faults.add({ ...f, path: PATHS.metrics, nth: 4 });
    // 1 s per attempt: short enough for a quick hang, long enough for the 9 healthy batches.
    const client = fastClient(TEST_KEY, 1_000);
    const result = await client.getBacklinksMetrics(domains, { concurrency: 1 });
    expect(result.rows).toEqual(others.map((d) => expectedMetrics(metricsFor(d))));
    expect(result.failures.map((f) => f.domain)).toEqual(batch4);
    expect(new Set(result.failures.map((f) => f.kind))).toEqual(new Set([kind]));
    expect(logged(sim(), PATHS.metrics)).toHaveLength(10);
  });
});

keysNeverLeak(sim, 10);
