// Every client method as a uniform operation (its path, a call, what the universe says) and the
// faults each one is run against: the matrix of client-against-simulator.faults.test.ts.
import { expect } from "vitest";
import type { SERankingClient, SERankingError, SERankingErrorKind } from "@/lib/seranking";
import {
  ATTEMPTS,
  expectedBacklink,
  expectedKeyword,
  expectedMetrics,
  expectedSummary,
  PATHS,
  SIM_DATE,
  TEST_EMAIL,
} from "./client-against-simulator-helpers";
import type { FaultInput } from "./faults";
import { backlinksPageFor, keywordCheckFor, metricsFor, summaryFor } from "./universe";

export const METRICS_DOMAINS = ["example.com", "small-example.com", "seeded-client-test.org"];
export const KEYWORDS = ["seo tools", "unranked widget", "rank tracker"];

export interface Op {
  name: string;
  path: string;
  /** Resolves with the client's answer or rejects with its SERankingError. */
  run(client: SERankingClient): Promise<unknown>;
  expected(): unknown;
}

export const OPS: Op[] = [
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

export interface Case {
  name: string;
  fault: FaultInput;
  /** "ok" = the call succeeds with the universe's answer. */
  outcome: SERankingErrorKind | "ok";
  requests: number;
  status?: number;
}

/** Faults that stay on (no count): what the client reports when the problem does not go away. */
export const PERSISTENT: Case[] = [
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
export const TRANSIENT: Case[] = [
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
