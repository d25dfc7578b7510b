// A dialect is one wire format of SE Ranking: it builds requests and parses replies, nothing
// else. Transport (rate limit, timeout, retries, error mapping) stays in http.ts, so a second
// dialect (the public Data API, `data-v1`) can be added beside provider-v3 without touching the
// client. Replies are zod schemas whose output is already the public camelCase type.
import type { z } from "zod";
import type {
  AccountInfo,
  BacklinkRow,
  BacklinksMetricsRow,
  BacklinksSortBy,
  BacklinksSummaryResult,
  KeywordRankingRow,
  MetricLabels,
  PositionsMeaning,
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

/** Inputs after the client has validated and defaulted them. */
export interface BacklinksQuery {
  domain: string;
  limit: number;
  offset: number;
  sortBy: BacklinksSortBy;
  doFollowOnly: boolean;
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
  /** What keywordRankings positions are: tracked daily, or SE Ranking's monthly database. */
  readonly positionsMeaning: PositionsMeaning;
  /** Most domains one metrics call may carry. */
  readonly maxMetricsBatch: number;
  /** The API's documented per-key request rate. */
  readonly rateLimitPerSecond: number;
  /** Checked before a call (and when a project is created): absent = every engine/location works. */
  keywordTargetProblem?(
    target: Pick<KeywordRankingsQuery, "searchEngine" | "location">,
  ): KeywordTargetProblem | null;
  headers(apiKey: string): Record<string, string>;
  backlinksSummary: Operation<string, BacklinksSummaryResult>;
  backlinks: Operation<BacklinksQuery, BacklinkRow[]>;
  backlinksMetrics: Operation<string[], BacklinksMetricsRow[]>;
  keywordRankings: Operation<KeywordRankingsQuery, KeywordRankingRow[]>;
  account: Operation<void, AccountCheck>;
}

/** Both APIs authenticate the same way: exactly `Authorization: Token <key>`. */
export const tokenHeaders = (apiKey: string): Record<string, string> => ({
  Authorization: `Token ${apiKey}`,
  Accept: "application/json",
});
