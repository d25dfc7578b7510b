// Retry policy: only failures that may succeed later (429, 5xx, network) are retried, with
// exponential backoff and full jitter so many clients do not retry in lock-step. Attempts and
// total time are bounded so a caller (often an HTTP request) is never held hostage.
import { SERankingError, type SERankingErrorKind } from "./errors";
import type { Clock } from "./rate-limiter";

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry is started if it would end after this much time since the first attempt. */
  maxTotalMs: number;
  /**
   * First wait after a 429 that carries no Retry-After (SE Ranking sends none). Its docs suggest
   * waiting 100–200 ms, then backing off exponentially with jitter: retry n waits between
   * base·2ⁿ and 2·base·2ⁿ (capped at maxDelayMs). Default 100.
   */
  rateLimitBaseDelayMs?: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxTotalMs: 30_000,
  rateLimitBaseDelayMs: 100,
};

// Timeouts are not retried: the caller's time budget is already spent on the first attempt.
const RETRYABLE: ReadonlySet<SERankingErrorKind> = new Set([
  "rate_limited",
  "upstream_unavailable",
]);

export function isRetryable(error: unknown): error is SERankingError {
  return error instanceof SERankingError && RETRYABLE.has(error.kind);
}

/** Parses Retry-After (delta seconds or HTTP date) into milliseconds; undefined when absent/bad. */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Delay before retry number `retry` (0-based): Retry-After if given; for a bare 429 the documented
 * 100–200 ms start doubling each time ("equal jitter", so the wait never collapses to zero and
 * hammers a rolling 1-second window); else full jitter under an exponential cap.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
  kind?: SERankingErrorKind,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  if (kind === "rate_limited") {
    const step = (policy.rateLimitBaseDelayMs ?? 100) * 2 ** retry;
    return Math.min(policy.maxDelayMs, Math.floor(step + random() * step));
  }
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * cap);
}

export interface RetryOptions {
  policy: RetryPolicy;
  clock: Clock;
  random?: () => number;
  signal?: AbortSignal;
  onRetry?: (info: { retry: number; delayMs: number; error: SERankingError }) => void;
}

export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  { policy, clock, random = Math.random, signal, onRetry }: RetryOptions,
): Promise<T> {
  const started = clock.now();
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!isRetryable(error) || n >= policy.retries) throw error;
      const delayMs = backoffDelay(n, policy, random, error.retryAfterMs, error.kind);
      // A Retry-After beyond the budget means "not now": surface it rather than wait.
      if (clock.now() - started + delayMs > policy.maxTotalMs) throw error;
      onRetry?.({ retry: n + 1, delayMs, error });
      await clock.sleep(delayMs, signal);
    }
  }
}
