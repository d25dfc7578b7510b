// Public surface of the SE Ranking client. Forms that only need domain checks should import
// "@/lib/seranking/domain" directly: it is isomorphic, the rest of this module is server-side.

export { authorityPair } from "./authority";
export type {
  BacklinksMetricsOptions,
  BacklinksMetricsResult,
  MetricsBatch,
  MetricsFailure,
  MetricsProgress,
} from "./batch-metrics";
export {
  MAX_BACKLINKS_LIMIT,
  SERankingClient,
  type SERankingClientOptions,
  SERankingTool,
} from "./client";
export { dataV1 } from "./dialects/data-v1";
export type {
  AccountCheck,
  BacklinksQuery,
  Dialect,
  KeywordRankingsQuery,
  Operation,
  WireRequest,
} from "./dialects/dialect";
export { providerV3 } from "./dialects/provider-v3";
export { DIALECTS, dialectById } from "./dialects/registry";
export {
  type NormalizeDomainResult,
  type NormalizeDomainsResult,
  normalizeDomain,
  normalizeDomains,
} from "./domain";
export {
  isSERankingError,
  redactSecrets,
  SERankingError,
  type SERankingErrorKind,
  type UpstreamErrorInfo,
} from "./errors";
export {
  nextSlot,
  RATE_WINDOW_MS,
  type RateGate,
  type RateGates,
} from "./rate-gate";
export {
  type Clock,
  keyFingerprint,
  RateLimiter,
  RateLimiterRegistry,
  systemClock,
} from "./rate-limiter";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry";
export type * from "./types";
