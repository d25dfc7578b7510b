// Per-key rate limiting on a virtual clock: no real waiting in these tests.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  BASE,
  CANARY_KEY,
  fakeClock,
  installMockServer,
  server,
  summaryFixture,
} from "@/test/support/seranking-client";
import { SERankingClient } from "./client";
import { queueGapMs } from "./rate-gate";
import { keyFingerprint, RATE_WINDOW_MS, RateLimiter, RateLimiterRegistry } from "./rate-limiter";

installMockServer();

describe("RateLimiter", () => {
  it("25 calls at 10/s take at least 2 s of clock time", async () => {
    const clock = fakeClock();
    const start = clock.now();
    const limiter = new RateLimiter(10, clock);
    await Promise.all(Array.from({ length: 25 }, () => limiter.acquire()));
    expect(clock.now() - start).toBeGreaterThanOrEqual(2000);
    // 10 immediately, 10 from one window later, 5 from two windows later (a window is 1 s plus
    // a margin); those that queue leave a small gap apart.
    expect(RATE_WINDOW_MS).toBeGreaterThanOrEqual(1000);
    const gap = queueGapMs(10);
    expect([...clock.sleeps].sort((a, b) => a - b)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => RATE_WINDOW_MS + i * gap),
      ...Array.from({ length: 5 }, (_, i) => 2 * RATE_WINDOW_MS + i * gap),
    ]);
  });

  it("never grants more than N in any 1 s window (rolling)", async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter(3, clock);
    const grants: number[] = [];
    for (let i = 0; i < 9; i++) {
      await limiter.acquire();
      grants.push(clock.now());
    }
    for (let i = 3; i < grants.length; i++)
      expect(grants[i]! - grants[i - 3]!).toBeGreaterThanOrEqual(1000);
  });

  it("the registry gives one limiter per key, keyed by a fingerprint", () => {
    const registry = new RateLimiterRegistry(fakeClock());
    const a = registry.forKey("key-one", 10);
    expect(registry.forKey("key-one", 10)).toBe(a);
    expect(registry.forKey("key-two", 10)).not.toBe(a);
    expect(keyFingerprint("key-one")).toMatch(/^[0-9a-f]{16}$/);
    expect(keyFingerprint("key-one")).toBe(keyFingerprint("key-one"));
  });

  it("the strictest rate for a key wins", () => {
    const registry = new RateLimiterRegistry(fakeClock());
    registry.forKey("k", 10);
    expect(registry.forKey("k", 5).limit).toBe(5);
    expect(registry.forKey("k", 20).limit).toBe(5);
  });
});

describe("clients share the limiter of their key", () => {
  it("two clients with the same key draw from one 10/s budget", async () => {
    server.use(
      http.get(`${BASE}/research/backlinks/summary/`, () => HttpResponse.json(summaryFixture)),
    );
    const clock = fakeClock();
    const rateLimiters = new RateLimiterRegistry(clock);
    const make = (apiKey: string) => new SERankingClient({ apiKey, clock, rateLimiters });
    const a = make(CANARY_KEY);
    const b = make(CANARY_KEY);
    const start = clock.now();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).getBacklinksSummary("example.com")),
    );
    // 20 calls on one key at 10/s: the second ten wait a full second.
    expect(clock.now() - start).toBeGreaterThanOrEqual(1000);
    expect(clock.sleeps.filter((ms) => ms >= 1000)).toHaveLength(10);
  });

  it("clients with different keys do not slow each other down", async () => {
    server.use(
      http.get(`${BASE}/research/backlinks/summary/`, () => HttpResponse.json(summaryFixture)),
    );
    const clock = fakeClock();
    const rateLimiters = new RateLimiterRegistry(clock);
    const a = new SERankingClient({ apiKey: "key-a", clock, rateLimiters });
    const b = new SERankingClient({ apiKey: "key-b", clock, rateLimiters });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).getBacklinksSummary("example.com")),
    );
    expect(clock.sleeps).toEqual([]);
  });
});

describe("a late wake-up", () => {
  it("books a new slot, so a late request never crowds the next window", async () => {
    // The first sleep wakes 500 ms late (a busy event loop); later ones are punctual.
    let t = 0;
    let overshoot = 500;
    const clock = {
      now: () => t,
      sleep: async (ms: number) => {
        t += ms + overshoot;
        overshoot = 0;
      },
    };
    const limiter = new RateLimiter(2, clock);
    const sends: number[] = [];
    for (let i = 0; i < 6; i++) {
      await limiter.acquire();
      sends.push(t);
    }
    // Sent at their slots or later, never more than 2 in any rolling second.
    for (let i = 2; i < sends.length; i++) {
      expect(sends[i]! - sends[i - 2]!).toBeGreaterThanOrEqual(1000);
    }
  });
});
