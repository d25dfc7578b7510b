// Public result types of the SE Ranking client. Field names follow the provider spec exactly;
// wire (snake_case) names never leave the dialect modules.

export interface BacklinksSummaryResult {
  domain: string;
  totalBacklinks: number;
  referringDomains: number;
  referringIPs: number;
  trustFlow: number;
  citationFlow: number;
  domainScore: number;
  noFollowLinks: number;
  doFollowLinks: number;
}

export interface BacklinkRow {
  sourceUrl: string;
  targetUrl: string;
  anchorText: string;
  trustFlow: number;
  citationFlow: number;
  isNoFollow: boolean;
  firstSeen: string;
  lastSeen: string;
}

export interface BacklinksMetricsRow {
  domain: string;
  trustFlow: number;
  citationFlow: number;
  referringDomains: number;
  totalBacklinks: number;
}

export interface KeywordRankingRow {
  keyword: string;
  /** null when the domain is not in the top 100 for this keyword. */
  position: number | null;
  url: string | null;
  volume: number | null;
}

/** What verify() learnt about the account behind a key. Only `email` is guaranteed. */
export interface AccountInfo {
  email: string;
  name?: string;
  plan?: string;
  status?: string;
  creditsLeft?: number;
  creditsLimit?: number;
  expiresAt?: string;
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

/** Labels of the two authority metrics, as the active dialect really returns them. */
export interface MetricLabels {
  trust: string;
  citation: string;
}

/** Injected logger. Lines carry method, path, status and duration — never the key. */
export interface SERankingLogger {
  debug(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
