// Per-key request limiter. SE Ranking counts requests per key in a rolling 1 s window, so every
// client built for the same key (one per request in a server) must draw from the same budget:
// the registry hands out one limiter per key hash. The key itself is never stored.
import { createHash } from "node:crypto";

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

// SE Ranking counts requests in a rolling 1 s window as they *arrive*; requests leave here a few
// ms apart from when they land there, so a window measured at send time lets 11 land within
// 1 s now and then (429, a retry, a wasted second). A small margin removes that (npm run bench).
export const RATE_WINDOW_MS = 1050;

export class RateLimiter {
  // Start times of the last `perSecond` granted slots (possibly in the future), ascending.
  private slots: number[] = [];

  constructor(
    private perSecond: number,
    private readonly clock: Clock = systemClock,
  ) {
    if (!Number.isFinite(perSecond) || perSecond <= 0) {
      throw new RangeError("rateLimitPerSecond must be a positive number");
    }
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
   * concurrent callers from racing for the same slot.
   */
  acquire(signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    const n = Math.max(1, Math.floor(this.perSecond));
    const oldest = this.slots.length >= n ? this.slots[this.slots.length - n]! : undefined;
    const start = oldest === undefined ? now : Math.max(now, oldest + RATE_WINDOW_MS);
    this.slots.push(start);
    if (this.slots.length > n) this.slots.splice(0, this.slots.length - n);
    const wait = start - now;
    return wait > 0 ? this.clock.sleep(wait, signal) : Promise.resolve();
  }
}

/** Short, non-reversible id for a key: safe as a map key and in logs. */
export function keyFingerprint(apiKey: string): string {
  return createHash("sha256").update(apiKey).digest("hex").slice(0, 16);
}

export class RateLimiterRegistry {
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
