// SE Ranking's documented limit is a rolling 1-second window per key (not a token bucket), so
// a burst of N is allowed and the N+1th within the same second is refused.

const WINDOW_MS = 1000;

export class RateLimiter {
  /** Per key id: timestamps of the accepted requests still inside the window, oldest first. */
  private readonly windows = new Map<string, number[]>();

  /** Records and allows the request (returns 0), or returns how many ms until a slot frees up. */
  take(keyId: string, limitPerSecond: number, now = Date.now()): number {
    if (limitPerSecond <= 0) return 0;
    let stamps = this.windows.get(keyId);
    if (!stamps) {
      stamps = [];
      this.windows.set(keyId, stamps);
    }
    let expired = 0;
    while (expired < stamps.length && stamps[expired]! <= now - WINDOW_MS) expired++;
    if (expired > 0) stamps.splice(0, expired);
    if (stamps.length >= limitPerSecond) return stamps[0]! + WINDOW_MS - now;
    stamps.push(now);
    return 0;
  }

  reset(): void {
    this.windows.clear();
  }
}

/** Retry-After is whole seconds and at least 1, as HTTP requires. */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
