// Shared fixtures for the client's tests (not a test file itself): an msw server, a virtual
// clock, a capturing logger and a client factory with a canary key.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { SERankingClient, type SERankingClientOptions } from "@/lib/seranking/client";
import type { Clock } from "@/lib/seranking/rate-limiter";
import { RateLimiterRegistry } from "@/lib/seranking/rate-limiter";

export const BASE = "https://api4.seranking.com";
export const CANARY_KEY = "sk-CANARY-7f3a9c1e5b2d4f60";

export const server = setupServer();

/** Registers msw with vitest's lifecycle; call once at the top of a test file. */
export function installMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

export interface FakeClock extends Clock {
  /** Every sleep requested, in call order. */
  sleeps: number[];
}

/**
 * Virtual time: no real waiting. Sleepers wake in order of their wake-up instants, each with the
 * clock moved to its own instant (the next one is woken only after the woken code has run and
 * booked whatever it does next), so code that checks how late it woke sees what a real clock
 * would show.
 */
export function fakeClock(start = 1_000_000): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  const queue: { wake: number; seq: number; resolve: () => void }[] = [];
  let seq = 0;
  let draining = false;
  const drain = async () => {
    if (draining) return;
    draining = true;
    while (queue.length > 0) {
      // Let everything already runnable run (and queue its own sleeps) before time moves.
      await new Promise((resolve) => setImmediate(resolve));
      queue.sort((a, b) => a.wake - b.wake || a.seq - b.seq);
      const next = queue.shift()!;
      t = Math.max(t, next.wake);
      next.resolve();
    }
    draining = false;
  };
  return {
    sleeps,
    now: () => t,
    sleep: (ms) => {
      sleeps.push(ms);
      return new Promise<void>((resolve) => {
        queue.push({ wake: t + ms, seq: seq++, resolve });
        void drain();
      });
    },
  };
}

export interface LogLine {
  level: string;
  message: string;
  meta?: Record<string, unknown>;
}

export function makeClient(overrides: Partial<SERankingClientOptions> = {}) {
  const clock = fakeClock();
  const logs: LogLine[] = [];
  const client = new SERankingClient({
    apiKey: CANARY_KEY,
    clock,
    random: () => 0.5,
    rateLimiters: new RateLimiterRegistry(clock),
    logger: {
      debug: (message, meta) => logs.push({ level: "debug", message, meta }),
      warn: (message, meta) => logs.push({ level: "warn", message, meta }),
    },
    ...overrides,
  });
  return { client, clock, logs };
}

/** Runs a promise expected to reject and returns the rejection. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

export const summaryFixture = {
  total_backlinks: 22407,
  referring_domains: 2329,
  referring_ips: 1961,
  trust_flow: 41,
  citation_flow: 57,
  domain_trust_score: 68,
  nofollow_backlinks: 3718,
  dofollow_backlinks: 18689,
};

export function metricsRow(domain: string) {
  return { domain, trust_flow: 12, citation_flow: 34, referring_domains: 56, total_backlinks: 789 };
}
