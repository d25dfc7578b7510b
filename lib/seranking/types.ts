// Public result types of the SE Ranking client. Field names follow the provider spec exactly;
// wire (snake_case) names never leave the dialect modules.

/**
 * Which authority metrics a result holds. `tf_cf`: Majestic's Trust Flow / Citation Flow
 * (provider-v3). `inlink_rank`: SE Ranking's Domain InLink Rank / InLink Rank, shown as Domain
 * Trust / Page Trust (data-v1). A dialect never fills the pair it did not receive.
 */
export type AuthorityMetricSet = "tf_cf" | "inlink_rank";

/** The authority fields every result row carries; the pair the dialect lacks is null. */
export interface AuthorityFields {
  /** null when the dialect does not return Trust Flow (data-v1). */
  trustFlow: number | null;
  /** null when the dialect does not return Citation Flow (data-v1). */
  citationFlow: number | null;
  /** Domain InLink Rank (DT), 0–100; absent or null in provider-v3. */
  domainInlinkRank?: number | null;
  /** InLink Rank (PT), 0–100; absent or null in provider-v3. */
  inlinkRank?: number | null;
}

export interface BacklinksSummaryResult extends AuthorityFields {
  domain: string;
  totalBacklinks: number;
  referringDomains: number;
  referringIPs: number;
  domainScore: number;
  noFollowLinks: number;
  doFollowLinks: number;
}

export interface BacklinkRow extends AuthorityFields {
  sourceUrl: string;
  targetUrl: string;
  anchorText: string;
  isNoFollow: boolean;
  firstSeen: string;
  lastSeen: string;
}

export interface BacklinksMetricsRow extends AuthorityFields {
  domain: string;
  referringDomains: number;
  totalBacklinks: number;
}

export interface KeywordRankingRow {
  keyword: string;
  /** null when the domain is not in the top 100 for this keyword. */
  position: number | null;
  url: string | null;
  volume: number | null;
  /** Set when the API's reply cannot tell this keyword's position: why (then position is null). */
  unknown?: string;
}

/**
 * What verify() learnt about the account behind a key. provider-v3 always gives `email`; the
 * Data API's subscription call gives status and units but no email.
 */
export interface AccountInfo {
  email?: string;
  name?: string;
  plan?: string;
  status?: string;
  creditsLeft?: number;
  creditsLimit?: number;
  expiresAt?: string;
  /** A trial account: SE Ranking holds its Data API key to 1 request/s. */
  trial?: boolean;
}

export type BacklinksSortBy = "trust_flow" | "citation_flow" | "first_seen";
export type SearchEngine = "google" | "bing" | "yahoo";

export interface GetBacklinksOptions {
  domain: string;
  /** 1..1000, default 50. */
  limit?: number;
  /** ≥ 0, default 0. */
  offset?: number;
  sortBy?: BacklinksSortBy;
  doFollowOnly?: boolean;
}

export interface GetKeywordRankingsOptions {
  domain: string;
  keywords: string[];
  searchEngine: SearchEngine;
  /** Location name, default "United States". */
  location?: string;
}

/**
 * Labels of the two authority metrics, as the active dialect really returns them. `trust` is
 * the domain-level (primary) metric, `citation` the secondary one; `set` says which fields of a
 * row hold them (see authorityPair in ./authority).
 */
export interface MetricLabels {
  set: AuthorityMetricSet;
  trust: string;
  citation: string;
  /** Short forms for narrow columns and axis ticks: "TF"/"CF" or "DT"/"PT". */
  trustShort: string;
  citationShort: string;
}

/** Injected logger. Lines carry method, path, status and duration — never the key. */
export interface SERankingLogger {
  debug(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * What a keyword position from a dialect means. `tracked_daily`: a rank tracker checked it on
 * that day. `database_monthly`: SE Ranking's keyword database (Data API), sampled about once a
 * month; it must never be shown as a daily tracked position or a daily change.
 */
export interface PositionsMeaning {
  kind: "tracked_daily" | "database_monthly";
  /** Column/axis/CSV label for the position. */
  label: string;
}

export const TRACKED_DAILY: PositionsMeaning = { kind: "tracked_daily", label: "Position" };
export const DATABASE_MONTHLY: PositionsMeaning = {
  kind: "database_monthly",
  label: "SE Ranking database position (monthly)",
};

/**
 * One referring domain of a target. `authority` is the dialect's domain authority: data-v1's
 * Domain InLink Rank (DT) as /v1/backlinks/refdomains gives it; provider-v3 has no refdomain
 * call, so there it is the highest primary metric (Trust Flow) among the domain's links that were
 * fetched (see metricStrategy). null when no row said.
 */
export interface RefdomainRow {
  domain: string;
  backlinks: number;
  dofollowBacklinks: number;
  /** ISO date (YYYY-MM-DD) the first of its links was seen, or null when unknown. */
  firstSeen: string | null;
  authority: number | null;
  /**
   * A few of its linking pages, dofollow first: only when the rows were built from fetched links
   * (the Data API's referring-domains list names no pages; its rows leave this out).
   */
  exampleUrls?: string[];
}

/** One anchor text of a target's backlinks. */
export interface AnchorRow {
  anchor: string;
  backlinks: number;
  refdomains: number;
  /** null when the reply did not carry it. */
  dofollowBacklinks: number | null;
}

/** /v1/backlinks/refdomains `order_by` (descending; date_found = newest first). */
export type RefdomainsOrder = "date_found" | "domain_inlink_rank" | "inlink_rank";
/** /v1/backlinks/anchors `order_by` (descending). */
export type AnchorsOrder = "backlinks" | "refdomains";
