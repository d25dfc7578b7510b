// Every fault the simulator can inject × every client method, for real over HTTP: the error kind
// the client reports, and how many requests it spent (counted in the simulator's log) — no retry
// for fatal answers, bounded retries for transient ones, success once a transient fault is spent.

import { describe, expect, it } from "vitest";
import type {
  MetricsBatch,
  MetricsProgress,
  SERankingClient,
  SERankingErrorKind,
} from "@/lib/seranking";
import { SERankingError } from "@/lib/seranking";
import {
  ATTEMPTS,
  clientFor,
  errorTexts,
  expectedBacklink,
  expectedKeyword,
  expectedMetrics,
  expectedSummary,
  expectNoKey,
  failure,
  logged,
  logOverHttp,
  manyDomains,
  PATHS,
  SIM_DATE,
  seenErrors,
  setupSim,
  TEST_EMAIL,
  TEST_KEY,
} from "./client-against-simulator-helpers";
import type { FaultInput } from "./faults";
import { keyIdFor } from "./keys";
import { backlinksPageFor, keywordCheckFor, metricsFor, summaryFor } from "./universe";

/** Accepts 2 requests per rolling second (the simulator's own limiter, not a fault). */
const RATE_KEY = "sk-CLIENTSIM-rate-2-per-second-7c1d";
/** Accepts 4 per second: a client paced at 2/s never hits it. */
const PACED_KEY = "sk-CLIENTSIM-rate-4-per-second-9a2b";
/** Credits set per test; out of credits → the global 402. */
const POOR_KEY = "sk-CLIENTSIM-poor-402-5e6f7a8b9c0d";
/** No credits, answers 403 "Insufficient funds". */
const BROKE_403_KEY = "sk-CLIENTSIM-broke-403-1a2b3c4d5e";
const ALL_KEYS = [TEST_KEY, RATE_KEY, PACED_KEY, POOR_KEY, BROKE_403_KEY];

const sim = setupSim({
  extraKeys: [
    { key: RATE_KEY, rateLimit: 2 },
    { key: PACED_KEY, rateLimit: 4 },
    { key: POOR_KEY, credits: 0 },
    { key: BROKE_403_KEY, credits: 0, outOfCreditsStatus: 403 },
  ],
});

/** Per attempt, for calls a hung request must trip: short, so the file stays quick. */
const TIMEOUT_MS = 300;
/** Per attempt, for calls that must NOT time out (latency faults, calls with many requests). */
const SAFE_TIMEOUT_MS = 3_000;
/** Per attempt, for latency faults of ~100 ms: well above them, still a real bound. */
const LATENCY_TIMEOUT_MS = 600;

const fastClient = (key = TEST_KEY, timeoutMs = SAFE_TIMEOUT_MS) =>
  clientFor(sim(), { apiKey: key, timeoutMs });

function timeoutFor(fault: FaultInput): number {
  if (fault.kind === "timeout" && fault.afterMs === undefined) return TIMEOUT_MS;
  if (fault.kind === "timeout" || fault.kind === "latency") return LATENCY_TIMEOUT_MS;
  return SAFE_TIMEOUT_MS;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

// --- every method, as a uniform operation: its path, a call, and what the universe says ---

const METRICS_DOMAINS = ["example.com", "small-example.com", "seeded-client-test.org"];
const KEYWORDS = ["seo tools", "unranked widget", "rank tracker"];

interface Op {
  name: string;
  path: string;
  /** Resolves with the client's answer or rejects with its SERankingError. */
  run(client: SERankingClient): Promise<unknown>;
  expected(): unknown;
}

const OPS: Op[] = [
  {
    name: "getBacklinksSummary",
    path: PATHS.summary,
    run: (c) => c.getBacklinksSummary("example.com"),
    expected: () => expectedSummary("example.com", summaryFor("example.com")),
  },
  {
    name: "getBacklinks",
    path: PATHS.backlinks,
    run: (c) => c.getBacklinks({ domain: "example.com", limit: 20, sortBy: "first_seen" }),
    expected: () =>
      backlinksPageFor("example.com", {
        sortBy: "first_seen",
        dofollowOnly: false,
        offset: 0,
        limit: 20,
      }).backlinks.map(expectedBacklink),
  },
  {
    name: "getBacklinksMetrics",
    path: PATHS.metrics,
    // A failed batch does not reject: it fails its domains. Re-throw the batch's error so the
    // matrix can treat every method alike, after checking the failure covers every domain.
    run: async (c) => {
      let error: SERankingError | undefined;
      const result = await c.getBacklinksMetrics(METRICS_DOMAINS, {
        onBatch: (b) => {
          error ??= b.error;
        },
      });
      if (!error) {
        expect(result.failures).toEqual([]);
        return result.rows;
      }
      expect(result.rows).toEqual([]);
      expect(result.failures).toEqual(
        METRICS_DOMAINS.map((domain) => ({ domain, kind: error?.kind, message: error?.message })),
      );
      throw error;
    },
    expected: () => METRICS_DOMAINS.map((d) => expectedMetrics(metricsFor(d))),
  },
  {
    name: "getKeywordRankings",
    path: PATHS.keywords,
    run: (c) =>
      c.getKeywordRankings({ domain: "example.com", keywords: KEYWORDS, searchEngine: "google" }),
    expected: () =>
      keywordCheckFor("example.com", KEYWORDS, "google", "United States", SIM_DATE).map(
        expectedKeyword,
      ),
  },
  {
    name: "verify",
    path: PATHS.account,
    run: (c) => c.verify(),
    expected: () => expect.objectContaining({ email: TEST_EMAIL }),
  },
];

interface Case {
  name: string;
  fault: FaultInput;
  /** "ok" = the call succeeds with the universe's answer. */
  outcome: SERankingErrorKind | "ok";
  requests: number;
  status?: number;
}

/** Faults that stay on (no count): what the client reports when the problem does not go away. */
const PERSISTENT: Case[] = [
  { name: "401", fault: { kind: "status", status: 401 }, outcome: "invalid_key", requests: 1 },
  { name: "402", fault: { kind: "status", status: 402 }, outcome: "out_of_credits", requests: 1 },
  { name: "403", fault: { kind: "status", status: 403 }, outcome: "out_of_credits", requests: 1 },
  {
    name: "429",
    fault: { kind: "status", status: 429, retryAfterSeconds: 0 },
    outcome: "rate_limited",
    requests: ATTEMPTS,
  },
  ...([500, 502, 503] as const).map((status) => ({
    name: String(status),
    fault: { kind: "status" as const, status },
    outcome: "upstream_unavailable" as const,
    requests: ATTEMPTS,
  })),
  // Not retried: the attempt already spent the caller's time budget (retry.ts).
  { name: "timeout (never answers)", fault: { kind: "timeout" }, outcome: "timeout", requests: 1 },
  // Not retried: a reply that is not JSON is not expected to become JSON.
  {
    name: "malformed JSON",
    fault: { kind: "malformed_json" },
    outcome: "bad_response",
    requests: 1,
  },
  // The connection dies mid-body: a transport failure, retried like a 5xx.
  {
    name: "truncated body",
    fault: { kind: "truncated_body" },
    outcome: "upstream_unavailable",
    requests: ATTEMPTS,
  },
  {
    name: "latency below the timeout",
    fault: { kind: "latency", latencyMs: 100 },
    outcome: "ok",
    requests: 1,
  },
  {
    name: "late answer below the timeout",
    fault: { kind: "timeout", afterMs: 100 },
    outcome: "ok",
    requests: 1,
  },
];

/** One-shot faults (count 1): the retryable ones are retried and then succeed. */
const TRANSIENT: Case[] = [
  {
    name: "429",
    fault: { kind: "status", status: 429, retryAfterSeconds: 0, count: 1 },
    outcome: "ok",
    requests: 2,
  },
  ...([500, 502, 503] as const).map((status) => ({
    name: String(status),
    fault: { kind: "status" as const, status, count: 1 },
    outcome: "ok" as const,
    requests: 2,
  })),
  {
    name: "truncated body",
    fault: { kind: "truncated_body", count: 1 },
    outcome: "ok",
    requests: 2,
  },
  // Fatal answers are not retried even when the next attempt would have worked.
  {
    name: "401",
    fault: { kind: "status", status: 401, count: 1 },
    outcome: "invalid_key",
    requests: 1,
  },
  {
    name: "402",
    fault: { kind: "status", status: 402, count: 1 },
    outcome: "out_of_credits",
    requests: 1,
  },
  {
    name: "malformed JSON",
    fault: { kind: "malformed_json", count: 1 },
    outcome: "bad_response",
    requests: 1,
  },
  { name: "timeout", fault: { kind: "timeout", count: 1 }, outcome: "timeout", requests: 1 },
];

async function runCase(op: Op, c: Case): Promise<void> {
  sim().state.faults.add({ ...c.fault, path: op.path });
  const client = fastClient(TEST_KEY, timeoutFor(c.fault));
  if (c.outcome === "ok") {
    await expect(op.run(client)).resolves.toEqual(op.expected());
  } else {
    const error = await failure(op.run(client));
    expect(error.kind).toBe(c.outcome);
    if (c.fault.kind === "status") expect(error.status).toBe(c.fault.status);
  }
  const entries = logged(sim(), op.path);
  expect(entries).toHaveLength(c.requests);
  expect(logged(sim())).toHaveLength(c.requests); // nothing sent anywhere else
}

describe.each(OPS)("$name", (op) => {
  it.each(PERSISTENT)("persistent $name", async (c) => {
    await runCase(op, c);
  });
  it.each(TRANSIENT)("one-shot $name", async (c) => {
    await runCase(op, c);
    if (c.outcome === "ok") {
      const statuses = logged(sim(), op.path).map((e) => e.status);
      expect(statuses.at(-1)).toBe(200);
    }
  });
});

describe("status faults: details the client keeps", () => {
  it("401 → invalid_key with the upstream envelope and no Retry-After", async () => {
    sim().state.faults.add({ kind: "status", status: 401 });
    const error = await failure(fastClient().getBacklinksSummary("example.com"));
    expect(error).toMatchObject({ kind: "invalid_key", status: 401, retryAfterMs: undefined });
    expect(error.upstream?.code).toBe(401);
    expect(error.upstream?.description).toMatch(/invalid or has been revoked/);
    expect(logged(sim()).map((e) => e.fault)).toEqual(["status:401"]);
  });

  it("403 → out_of_credits carrying 'Insufficient funds'", async () => {
    sim().state.faults.add({ kind: "status", status: 403 });
    const error = await failure(fastClient().getBacklinksSummary("example.com"));
    expect(error.kind).toBe("out_of_credits");
    expect(error.upstream?.message).toBe("Insufficient funds");
  });

  it("persistent 5xx: attempts are bounded by the retry policy", async () => {
    sim().state.faults.add({ kind: "status", status: 503 });
    for (const retries of [0, 1, 4]) {
      sim().state.log.clear();
      const client = clientFor(sim(), { retry: { retries, baseDelayMs: 1, maxDelayMs: 5 } });
      const error = await failure(client.getBacklinksSummary("example.com"));
      expect(error.kind).toBe("upstream_unavailable");
      expect(logged(sim())).toHaveLength(retries + 1);
    }
  });
});

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

describe("the keys never leak (runs last)", () => {
  it("no log entry holds a key, and none was sent outside the Authorization header", async () => {
    // Fresh failing traffic for every key: the log is wiped before each test.
    for (const key of ALL_KEYS) {
      sim().state.faults.add({ kind: "status", status: 500, key });
      await failure(fastClient(key).getBacklinksSummary("example.com"));
    }
    const entries = logged(sim());
    expect(entries).toHaveLength(ALL_KEYS.length * ATTEMPTS);
    expect(new Set(entries.map((e) => e.keyId))).toEqual(new Set(ALL_KEYS.map(keyIdFor)));
    for (const entry of entries) expect(entry.redacted).toBe(false);
    const texts = [JSON.stringify(entries), await logOverHttp(sim())];
    for (const key of ALL_KEYS) for (const text of texts) expect(text).not.toContain(key);
    expectNoKey(texts);
  });

  it("no error thrown in this file mentions a key (message, String(), JSON, stack)", () => {
    expect(seenErrors.length).toBeGreaterThan(50);
    for (const error of seenErrors) {
      const texts = errorTexts(error);
      expectNoKey(texts);
      for (const key of ALL_KEYS) for (const text of texts) expect(text).not.toContain(key);
    }
  });
});
