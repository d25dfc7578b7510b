// Per-key request limiter in process memory: the rate gate for a single process (PGlite, tests,
// scripts). SE Ranking counts requests per key in a rolling 1 s window, so every client built for
// the same key (one per request in a server) must draw from the same budget: the registry hands
// out one limiter per key fingerprint. The key itself is never stored. Several instances sharing
// a key need a shared gate instead (see lib/services/seranking/pg-rate-gate.ts).
import { createHash } from "node:crypto";
import {
  assertRate,
  LATE_MS,
  MAX_REBOOKS,
  nextSlot,
  type RateGate,
  type RateGates,
} from "./rate-gate";

export { RATE_WINDOW_MS, type RateGate, type RateGates } from "./rate-gate";

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

export class RateLimiter implements RateGate {
  // Start times of the recently granted slots (possibly in the future), ascending.
  private slots: number[] = [];

  constructor(
    private perSecond: number,
    private readonly clock: Clock = systemClock,
  ) {
    assertRate(perSecond);
  }

  get limit(): number {
    return this.perSecond;
  }

  /** Lowers the limit (never raises it): the strictest client for a key wins. */
  tighten(perSecond: number): void {
    if (perSecond > 0 && perSecond < this.perSecond) this.perSecond = perSecond;
  }

  /**
   * Reserves the next free slot synchronously, then waits for it. Reserving before awaiting keeps
   * concurrent callers from racing for the same slot. A wake-up later than LATE_MS after the slot
   * books a new one (see rate-gate.ts).
   */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const now = this.clock.now();
      const grant = nextSlot(this.slots, now, this.perSecond);
      this.slots = grant.slots;
      const wait = grant.start - now;
      if (wait <= 0) return;
      await this.clock.sleep(wait, signal);
      if (this.clock.now() - grant.start <= LATE_MS || attempt >= MAX_REBOOKS) return;
    }
  }
}

/** Short, non-reversible id for a key: safe as a map key, a row id and in logs. */
export function keyFingerprint(apiKey: string): string {
  return createHash("sha256").update(apiKey).digest("hex").slice(0, 16);
}

export class RateLimiterRegistry implements RateGates {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(private readonly clock: Clock = systemClock) {}

  forKey(apiKey: string, perSecond: number): RateLimiter {
    const id = keyFingerprint(apiKey);
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiter(perSecond, this.clock);
      this.limiters.set(id, limiter);
    } else {
      limiter.tighten(perSecond);
    }
    return limiter;
  }
}

/** Process-wide registry used when a client is not given one. */
export const defaultRateLimiters = new RateLimiterRegistry();
