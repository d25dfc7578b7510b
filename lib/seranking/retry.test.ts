// Retry policy: what is retried, how long it waits, and where it stops.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  BASE,
  caught,
  fakeClock,
  installMockServer,
  makeClient,
  server,
  summaryFixture,
} from "@/test/support/seranking-client";
import { SERankingError } from "./errors";
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, withRetry } from "./retry";

installMockServer();

const SUMMARY = `${BASE}/research/backlinks/summary/`;

/** Replies with the given statuses in turn (the last one repeats) and counts calls. */
function sequence(...replies: (() => Response)[]) {
  const state = { calls: 0 };
  server.use(
    http.get(SUMMARY, () => {
      const reply = replies[Math.min(state.calls, replies.length - 1)]!;
      state.calls++;
      return reply();
    }),
  );
  return state;
}
const ok = () => HttpResponse.json(summaryFixture);
const status =
  (s: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json({ error: { code: s, message: "nope" } }, { status: s, headers });

describe("retries through the client", () => {
  it("500 then 200 succeeds after one retry", async () => {
    const state = sequence(status(500), ok);
    const { client, clock } = makeClient();
    const result = await client.getBacklinksSummary("example.com");
    expect(result.trustFlow).toBe(summaryFixture.trust_flow);
    expect(state.calls).toBe(2);
    // random() = 0.5, base 500 ms, first retry → 0.5 × 500.
    expect(clock.sleeps).toEqual([250]);
  });

  it("a network error is retried", async () => {
    const state = sequence(() => HttpResponse.error(), ok);
    await makeClient().client.getBacklinksSummary("example.com");
    expect(state.calls).toBe(2);
  });

  it.each([400, 401, 402, 403, 404, 422])("%s is never retried", async (s) => {
    const state = sequence(status(s), ok);
    const error = await caught(makeClient().client.getBacklinksSummary("example.com"));
    expect(error).toBeInstanceOf(SERankingError);
    expect(state.calls).toBe(1);
  });

  it("429 with Retry-After: 2 waits 2 s before retrying", async () => {
    const state = sequence(status(429, { "Retry-After": "2" }), ok);
    const { client, clock } = makeClient();
    await client.getBacklinksSummary("example.com");
    expect(state.calls).toBe(2);
    expect(clock.sleeps).toEqual([2000]);
  });

  it("429 without Retry-After (SE Ranking sends none) waits 100–200 ms, then doubles", async () => {
    sequence(status(429), status(429), status(429), ok);
    const { client, clock } = makeClient();
    await client.getBacklinksSummary("example.com");
    // random() = 0.5: 100 + 50, 200 + 100, 400 + 200 (SE Ranking's rate-limit page: 100–200 ms).
    expect(clock.sleeps).toEqual([150, 300, 600]);
  });

  it("attempts are bounded: 1 + retries, then the last error", async () => {
    const state = sequence(status(503));
    const { client, clock, logs } = makeClient({ retry: { retries: 2 } });
    const error = (await caught(client.getBacklinksSummary("example.com"))) as SERankingError;
    expect(error.kind).toBe("upstream_unavailable");
    expect(state.calls).toBe(3);
    expect(clock.sleeps).toHaveLength(2);
    expect(logs.filter((l) => l.message === "seranking retry")).toHaveLength(2);
  });

  it("default policy: 3 retries, 4 attempts", async () => {
    const state = sequence(status(500));
    await caught(makeClient().client.getBacklinksSummary("example.com"));
    expect(state.calls).toBe(4);
  });

  it("a Retry-After beyond the total time budget is surfaced, not waited for", async () => {
    const state = sequence(status(429, { "Retry-After": "120" }), ok);
    const { client, clock } = makeClient();
    const error = (await caught(client.getBacklinksSummary("example.com"))) as SERankingError;
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(120_000);
    expect(state.calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe("retry helpers", () => {
  it("parseRetryAfter reads seconds and HTTP dates", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("backoff is full jitter under an exponential cap", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(0, policy, () => 0.999)).toBeLessThan(100);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(400);
    expect(backoffDelay(10, policy, () => 0.5)).toBe(500); // capped at maxDelayMs
    expect(backoffDelay(2, policy, () => 0)).toBe(0);
    expect(backoffDelay(2, policy, () => 0.5, 1234)).toBe(1234);
  });

  it("a bare 429 backs off from 100–200 ms with jitter, never zero, capped", () => {
    const policy = DEFAULT_RETRY_POLICY;
    const first = [0, 0.999].map((r) =>
      backoffDelay(0, policy, () => r, undefined, "rate_limited"),
    );
    expect(first[0]).toBe(100);
    expect(first[1]).toBeLessThan(200);
    expect(backoffDelay(1, policy, () => 0, undefined, "rate_limited")).toBe(200);
    expect(backoffDelay(20, policy, () => 0, undefined, "rate_limited")).toBe(policy.maxDelayMs);
    // Retry-After, when a server does send one, still wins.
    expect(backoffDelay(0, policy, () => 0, 700, "rate_limited")).toBe(700);
  });

  it("stops when the total time budget would be exceeded", async () => {
    const clock = fakeClock();
    let calls = 0;
    const policy = { retries: 10, baseDelayMs: 1000, maxDelayMs: 1000, maxTotalMs: 2500 };
    const error = await caught(
      withRetry(
        async () => {
          calls++;
          throw new SERankingError("upstream_unavailable", "down");
        },
        { policy, clock, random: () => 1 },
      ),
    );
    expect((error as SERankingError).kind).toBe("upstream_unavailable");
    expect(calls).toBe(3); // t=0, t=1000, t=2000; a third wait would end at 3000 > 2500
  });
});
