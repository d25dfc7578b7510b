// Shared by the client-against-simulator tests (not a test file itself): the REAL SE Ranking
// client talking HTTP to the REAL simulator, in-process on a random port. Expected values are
// always computed from the universe's pure functions, mapped here from wire (snake_case) to the
// client's camelCase shapes; never taken from the client's own output.

import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import {
  type BacklinkRow,
  type BacklinksMetricsRow,
  type BacklinksSummaryResult,
  type KeywordRankingRow,
  RateLimiterRegistry,
  SERankingClient,
  type SERankingClientOptions,
  SERankingError,
} from "@/lib/seranking";
import type { KeyInput } from "./keys";
import type { LogEntry } from "./request-log";
import { type RunningSimulator, type SimulatorOptions, startSimulator } from "./start-simulator";
import type {
  BacklinksSummary,
  KeywordCheckRow,
  WireBacklink,
  BacklinksMetricsRow as WireMetricsRow,
} from "./universe";

export const SIM_DATE = "2026-03-10";

/** A key only these tests use: distinctive, so a leak anywhere is easy to find. */
export const TEST_KEY = "sk-CLIENTSIM-3e8b1f0a7c9d2e44b6a1";
export const TEST_EMAIL = "client-tests@simulator.example";
export const TEST_CREDITS = 50_000_000;

/** Tiny delays so retries cost milliseconds, not seconds. */
export const FAST_RETRY = { retries: 2, baseDelayMs: 5, maxDelayMs: 20, maxTotalMs: 5_000 };
/** First attempt + retries: the number of requests a persistent retryable fault produces. */
export const ATTEMPTS = FAST_RETRY.retries + 1;

export const PATHS = {
  summary: "/research/backlinks/summary/",
  backlinks: "/research/backlinks/",
  metrics: "/research/backlinks/metrics/",
  keywords: "/keywords/check/",
  account: "/system/account/",
} as const;

/**
 * One simulator for the file (rate limit off unless asked, date pinned), with TEST_KEY among its
 * keys. Log, faults and rate windows are wiped before each test.
 */
export function setupSim(options: SimulatorOptions & { extraKeys?: KeyInput[] } = {}) {
  let sim: RunningSimulator | undefined;
  const { extraKeys = [], ...rest } = options;
  beforeAll(async () => {
    sim = await startSimulator({
      port: 0,
      rateLimit: 0,
      date: SIM_DATE,
      keys: [
        { key: TEST_KEY, credits: TEST_CREDITS, email: TEST_EMAIL, firstName: "Client" },
        ...extraKeys,
      ],
      ...rest,
    });
  });
  beforeEach(() => {
    const s = get();
    s.state.log.clear();
    s.state.faults.clear();
    s.state.limiter.reset();
  });
  afterAll(async () => {
    await sim?.close();
  });
  const get = (): RunningSimulator => {
    if (!sim) throw new Error("simulator not started");
    return sim;
  };
  return get;
}

/** A real client aimed at the simulator, with its own rate-limiter registry (no shared state). */
export function clientFor(
  sim: RunningSimulator,
  overrides: Partial<SERankingClientOptions> = {},
): SERankingClient {
  return new SERankingClient({
    apiKey: TEST_KEY,
    baseUrl: sim.url,
    timeoutMs: 3_000,
    retry: FAST_RETRY,
    rateLimitPerSecond: 1_000,
    rateLimiters: new RateLimiterRegistry(),
    ...overrides,
  });
}

/** Every error a test saw, so the file can check at the end that none of them holds the key. */
export const seenErrors: unknown[] = [];

/** Awaits a promise that must reject with a SERankingError and returns it. */
export async function failure(promise: Promise<unknown>): Promise<SERankingError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  if (error === undefined) throw new Error("expected the call to fail");
  seenErrors.push(error);
  expect(error).toBeInstanceOf(SERankingError);
  return error as SERankingError;
}

/** API requests the simulator logged, optionally for one path (exact, as sent). */
export function logged(sim: RunningSimulator, path?: string): LogEntry[] {
  return sim.state.log.entries(path === undefined ? {} : { path });
}

/** The whole log exactly as the control API serves it. */
export async function logOverHttp(sim: RunningSimulator): Promise<string> {
  const res = await fetch(`${sim.url}/__sim/log`);
  expect(res.status).toBe(200);
  return res.text();
}

/** Asserts that no text form of anything the tests saw contains the key (any letter case). */
export function expectNoKey(texts: readonly string[]): void {
  for (const text of texts) {
    expect(text.toLowerCase()).not.toContain(TEST_KEY.toLowerCase());
    expect(text).not.toContain(encodeURIComponent(TEST_KEY));
  }
}

export function errorTexts(error: unknown): string[] {
  const e = error as Error;
  return [e.message, String(e), JSON.stringify(e), e.stack ?? ""];
}

// --- universe (wire, snake_case) → client (camelCase) ---

export function expectedSummary(domain: string, s: BacklinksSummary): BacklinksSummaryResult {
  return {
    domain,
    totalBacklinks: s.total_backlinks,
    referringDomains: s.referring_domains,
    referringIPs: s.referring_ips,
    trustFlow: s.trust_flow,
    citationFlow: s.citation_flow,
    domainScore: s.domain_trust_score,
    noFollowLinks: s.nofollow_backlinks,
    doFollowLinks: s.dofollow_backlinks,
  };
}

export function expectedBacklink(b: WireBacklink): BacklinkRow {
  return {
    sourceUrl: b.source_url,
    targetUrl: b.target_url,
    anchorText: b.anchor_text,
    trustFlow: b.trust_flow,
    citationFlow: b.citation_flow,
    isNoFollow: b.nofollow,
    firstSeen: b.first_seen,
    lastSeen: b.last_seen,
  };
}

export function expectedMetrics(m: WireMetricsRow): BacklinksMetricsRow {
  return {
    domain: m.domain,
    trustFlow: m.trust_flow,
    citationFlow: m.citation_flow,
    referringDomains: m.referring_domains,
    totalBacklinks: m.total_backlinks,
  };
}

export function expectedKeyword(k: KeywordCheckRow): KeywordRankingRow {
  return { keyword: k.keyword, position: k.position, url: k.url, volume: k.volume };
}

/** n distinct, valid, lower-case domains (seeded profiles, not the named ones). */
export function manyDomains(n: number, prefix = "site"): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}-example.org`);
}
