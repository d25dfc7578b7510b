// A dialect is one wire format of SE Ranking: it builds requests and parses replies, nothing
// else. Transport (rate limit, timeout, retries, error mapping) stays in http.ts, so a second
// dialect (the public Data API, `data-v1`) can be added beside provider-v3 without touching the
// client. Replies are zod schemas whose output is already the public camelCase type.
import type { z } from "zod";
import type { CreditPrices } from "../costs";
import type { BacklinkChange, HistoryQuery, RefdomainChange } from "../history";
import type { MetricStrategy } from "../metric-strategy";
import type {
  AccountInfo,
  AnchorRow,
  AnchorsOrder,
  BacklinkRow,
  BacklinksMetricsRow,
  BacklinksSortBy,
  BacklinksSummaryResult,
  KeywordRankingRow,
  MetricLabels,
  PositionsMeaning,
  RefdomainRow,
  RefdomainsOrder,
  SearchEngine,
} from "../types";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface WireRequest {
  method: HttpMethod;
  /** Path relative to the base URL, e.g. "/research/backlinks/". */
  path: string;
  query?: Record<string, string | number>;
  /** JSON body (POST). */
  body?: unknown;
}

/** Sends one request through the client's transport (rate limit, retries, error mapping). */
export type Send = <T>(wire: WireRequest, schema: z.ZodType<T>) => Promise<T>;

export interface Operation<I, O> {
  build(input: I): WireRequest;
  /** Schema validating the raw JSON reply and transforming it to the public type. */
  reply(input: I): z.ZodType<O>;
  /**
   * When one logical call needs several requests (data-v1: a cursor walk for deep pages), the
   * dialect drives them here; otherwise the client sends build() and parses with reply().
   */
  run?(input: I, send: Send): Promise<O>;
}

/** Authority ranks of one domain (DT / PT), from a dialect's separate authority call. */
export interface AuthorityRow {
  domain: string;
  domainInlinkRank: number;
  inlinkRank: number;
}

/** Inputs after the client has validated and defaulted them. */
export interface BacklinksQuery {
  domain: string;
  limit: number;
  offset: number;
  sortBy: BacklinksSortBy;
  doFollowOnly: boolean;
}

/** One step of a cursor walk over a domain's whole backlink list (data-v1 /v1/backlinks/raw). */
export interface RawBacklinksQuery {
  domain: string;
  sortBy: BacklinksSortBy;
  limit: number;
  /** The cursor the previous page returned; absent on the first page. */
  cursor?: string;
}

export interface RawBacklinksPage {
  rows: BacklinkRow[];
  /** null after the last page. */
  next: string | null;
}

/** A target's referring domains or anchors, first `limit` rows in the API's `orderBy`. */
export interface RefdomainsQuery {
  domain: string;
  orderBy: RefdomainsOrder;
  limit: number;
}

export interface AnchorsQuery {
  domain: string;
  orderBy: AnchorsOrder;
  limit: number;
}

export interface KeywordRankingsQuery {
  domain: string;
  keywords: string[];
  searchEngine: SearchEngine;
  location: string;
}

/** Why a dialect cannot give positions for this engine/location, naming the field to change. */
export interface KeywordTargetProblem {
  field: "searchEngine" | "location";
  message: string;
}

/** verify() outcome: a reply that parses but proves nothing (e.g. no email) is not a valid key. */
export type AccountCheck = { ok: true; account: AccountInfo } | { ok: false; reason: string };

export interface Dialect {
  readonly id: string;
  readonly defaultBaseUrl: string;
  /** How the UI must label trustFlow / citationFlow for this dialect's data. */
  readonly metricLabels: MetricLabels;
  /** Everything that differs between TF/CF and DT/PT data (its labels are metricLabels). */
  readonly metricStrategy: MetricStrategy;
  /** What keywordRankings positions are: tracked daily, or SE Ranking's monthly database. */
  readonly positionsMeaning: PositionsMeaning;
  /** Most domains one metrics call may carry. */
  readonly maxMetricsBatch: number;
  /** Credits per unit of each kind of call (see costs.ts). */
  readonly prices: CreditPrices;
  /** The API's documented per-key request rate. */
  readonly rateLimitPerSecond: number;
  /** The rate a trial account gets, when the API documents a lower one (data-v1: 1/s). */
  readonly trialRateLimitPerSecond?: number;
  /** Checked before a call (and when a project is created): absent = every engine/location works. */
  keywordTargetProblem?(
    target: Pick<KeywordRankingsQuery, "searchEngine" | "location">,
  ): KeywordTargetProblem | null;
  headers(apiKey: string): Record<string, string>;
  backlinksSummary: Operation<string, BacklinksSummaryResult>;
  backlinks: Operation<BacklinksQuery, BacklinkRow[]>;
  /** A cursor walk (only APIs without offsets need one): page by page, each row paid once. */
  backlinksRaw?: Operation<RawBacklinksQuery, RawBacklinksPage>;
  backlinksMetrics: Operation<string[], BacklinksMetricsRow[]>;
  /**
   * When the metrics call lacks authority ranks (data-v1), a second batched call that has them;
   * the client joins the two per batch. Absent = the metrics call is complete (provider-v3).
   */
  backlinksAuthority?: Operation<string[], AuthorityRow[]>;
  /** Joins a batch's metrics and authority rows (required with backlinksAuthority). */
  joinAuthority?(counts: BacklinksMetricsRow[], ranks: AuthorityRow[]): BacklinksMetricsRow[];
  /** A referring-domains call (data-v1); absent = aggregate them from the backlink list. */
  refdomains?: Operation<RefdomainsQuery, RefdomainRow[]>;
  /** An anchors call (data-v1); absent = aggregate them from the backlink list. */
  anchors?: Operation<AnchorsQuery, AnchorRow[]>;
  keywordRankings: Operation<KeywordRankingsQuery, KeywordRankingRow[]>;
  /** New/lost backlinks and referring domains over dates (data-v1); absent = diff two lists. */
  backlinksHistory?: Operation<HistoryQuery, BacklinkChange[]>;
  refdomainsHistory?: Operation<HistoryQuery, RefdomainChange[]>;
  account: Operation<void, AccountCheck>;
}

/** Both APIs authenticate the same way: exactly `Authorization: Token <key>`. */
export const tokenHeaders = (apiKey: string): Record<string, string> => ({
  Authorization: `Token ${apiKey}`,
  Accept: "application/json",
});

/** Requests per second this key may send: the dialect's rate, or its trial rate for a trial. */
export function rateLimitFor(dialect: Dialect, account?: Pick<AccountInfo, "trial">): number {
  if (account?.trial && dialect.trialRateLimitPerSecond !== undefined) {
    return Math.min(dialect.rateLimitPerSecond, dialect.trialRateLimitPerSecond);
  }
  return dialect.rateLimitPerSecond;
}
