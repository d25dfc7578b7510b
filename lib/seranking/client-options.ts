// What a client is made from, and the fixed vocabularies and ceilings its methods check their
// inputs against before any network call.
import type { Dialect } from "./dialects/dialect";
import type { RateGates } from "./rate-gate";
import type { Clock } from "./rate-limiter";
import type { RetryPolicy } from "./retry";
import type {
  AccountInfo,
  AnchorsOrder,
  BacklinksSortBy,
  FetchLike,
  RefdomainsOrder,
  SERankingLogger,
  SearchEngine,
} from "./types";

export interface SERankingClientOptions {
  apiKey: string;
  /** Defaults to the dialect's base URL (provider-v3: https://api4.seranking.com, data-v1: https://api.seranking.com). */
  baseUrl?: string;
  /** Defaults to globalThis.fetch, looked up at call time. */
  fetch?: FetchLike;
  /** Per attempt, default 15 000 ms. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Requests per second for this key, shared by every client of the key. Default: the dialect's (10). */
  rateLimitPerSecond?: number;
  /**
   * What is known of the key's account (from the last verify()): a trial gets the dialect's trial
   * rate. verify() itself also tightens the key's limiter when it finds a trial.
   */
  account?: Pick<AccountInfo, "trial">;
  dialect?: Dialect;
  logger?: SERankingLogger;
  /** Metrics batches in flight at once; default: the key's requests per second. */
  metricsConcurrency?: number;
  /** Injectable time source for rate limiting and backoff (tests). */
  clock?: Clock;
  /** Injectable jitter source (tests). */
  random?: () => number;
  /**
   * Where per-key rate gates live; defaults to one in-memory registry per process. Instances
   * that share a key pass a shared gate (a database row) instead.
   */
  rateLimiters?: RateGates;
}

export const SORTS: readonly BacklinksSortBy[] = ["trust_flow", "citation_flow", "first_seen"];
export const ENGINES: readonly SearchEngine[] = ["google", "bing", "yahoo"];
export const REFDOMAIN_ORDERS: readonly RefdomainsOrder[] = [
  "date_found",
  "domain_inlink_rank",
  "inlink_rank",
];
export const ANCHOR_ORDERS: readonly AnchorsOrder[] = ["backlinks", "refdomains"];
export const MAX_BACKLINKS_LIMIT = 1000;
/** /v1/backlinks/raw's documented ceiling per call. */
export const MAX_RAW_LIMIT = 100_000;

export function positiveInt(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer`);
  return value;
}
