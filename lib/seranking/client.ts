// SE Ranking client: the spec's SERankingTool as a plain SDK. Everything comes in through the
// constructor (no env, no framework), so the same class serves routes, scripts and tests.
// Inputs are validated before any network call, so a bad domain never costs a credit.

import type { z } from "zod";
import {
  type BacklinksMetricsOptions,
  type BacklinksMetricsResult,
  runMetricsBatches,
} from "./batch-metrics";
import {
  ANCHOR_ORDERS,
  ENGINES,
  MAX_BACKLINKS_LIMIT,
  MAX_RAW_LIMIT,
  positiveInt,
  REFDOMAIN_ORDERS,
  type SERankingClientOptions,
  SORTS,
} from "./client-options";
import { noHistory } from "./dialects/data-v1-history";
import { REFDOMAINS_MAX_LIMIT } from "./dialects/data-v1-refdomains";
import {
  type Dialect,
  type RawBacklinksPage,
  rateLimitFor,
  type WireRequest,
} from "./dialects/dialect";
import { providerV3 } from "./dialects/provider-v3";
import { normalizeDomain } from "./domain";
import { SERankingError } from "./errors";
import {
  type BacklinkChange,
  type HistoryQuery,
  historyQueryProblem,
  type RefdomainChange,
} from "./history";
import { type HttpContext, request } from "./http";
import { defaultRateLimiters, systemClock } from "./rate-limiter";
import { DEFAULT_RETRY_POLICY } from "./retry";
import type {
  AccountInfo,
  AnchorRow,
  AnchorsOrder,
  BacklinkRow,
  BacklinksMetricsRow,
  BacklinksSortBy,
  BacklinksSummaryResult,
  GetBacklinksOptions,
  GetKeywordRankingsOptions,
  KeywordRankingRow,
  MetricLabels,
  PositionsMeaning,
  RefdomainRow,
  RefdomainsOrder,
} from "./types";

export { MAX_BACKLINKS_LIMIT, MAX_RAW_LIMIT, type SERankingClientOptions } from "./client-options";

export class SERankingClient {
  // A JS-private field: invisible to JSON.stringify, util.inspect and enumeration.
  readonly #apiKey: string;
  readonly #http: HttpContext;
  readonly #dialect: Dialect;
  readonly #metricsConcurrency: number;

  constructor(options: SERankingClientOptions) {
    const apiKey = typeof options.apiKey === "string" ? options.apiKey.trim() : "";
    if (!apiKey) throw new SERankingError("invalid_key", "An SE Ranking API key is required");
    this.#apiKey = apiKey;
    this.#dialect = options.dialect ?? providerV3;
    const clock = options.clock ?? systemClock;
    const ratePerSecond =
      options.rateLimitPerSecond ?? rateLimitFor(this.#dialect, options.account);
    // A second's worth of batches in flight: the rate gate, not the reply time or the caller's
    // storing, sets the pace (3 in flight reach only 3 batches/s when replies take a second).
    this.#metricsConcurrency = positiveInt(
      options.metricsConcurrency ?? Math.max(1, Math.ceil(ratePerSecond)),
      "metricsConcurrency",
    );
    const registry = options.rateLimiters ?? defaultRateLimiters;
    const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#http = {
      apiKey,
      baseUrl: options.baseUrl ?? this.#dialect.defaultBaseUrl,
      headers: this.#dialect.headers(apiKey),
      fetch: fetchImpl,
      timeoutMs: positiveInt(options.timeoutMs ?? 15_000, "timeoutMs"),
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      limiter: registry.forKey(apiKey, ratePerSecond),
      clock,
      random: options.random ?? Math.random,
      logger: options.logger,
    };
  }

  /** What the UI must call trustFlow / citationFlow for this client's data. */
  get metricLabels(): MetricLabels {
    return this.#dialect.metricLabels;
  }

  /** What this client's keyword positions are (daily tracked or SE Ranking's monthly database). */
  get positionsMeaning(): PositionsMeaning {
    return this.#dialect.positionsMeaning;
  }

  get dialectId(): string {
    return this.#dialect.id;
  }

  async getBacklinksSummary(domain: string): Promise<BacklinksSummaryResult> {
    const d = this.#domain(domain);
    const op = this.#dialect.backlinksSummary;
    return request(this.#http, op.build(d), op.reply(d));
  }

  async getBacklinks(options: GetBacklinksOptions): Promise<BacklinkRow[]> {
    const limit = options.limit ?? 50;
    const offset = options.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_BACKLINKS_LIMIT) {
      throw this.#badRequest(`limit must be a whole number from 1 to ${MAX_BACKLINKS_LIMIT}`);
    }
    if (!Number.isInteger(offset) || offset < 0) {
      throw this.#badRequest("offset must be a whole number ≥ 0");
    }
    const sortBy = options.sortBy ?? "trust_flow";
    if (!SORTS.includes(sortBy))
      throw this.#badRequest(`sortBy must be one of ${SORTS.join(", ")}`);
    const query = {
      domain: this.#domain(options.domain),
      limit,
      offset,
      sortBy,
      doFollowOnly: options.doFollowOnly === true,
    };
    const op = this.#dialect.backlinks;
    if (op.run) return op.run(query, (wire, schema) => request(this.#http, wire, schema));
    return request(this.#http, op.build(query), op.reply(query));
  }

  /** True when this API answers new/lost history (data-v1); otherwise diff two lists. */
  get hasHistory(): boolean {
    return this.#dialect.backlinksHistory !== undefined;
  }

  /** New or lost backlinks between two days (inclusive); data-v1 only. */
  async getBacklinksHistory(options: HistoryQuery): Promise<BacklinkChange[]> {
    const op = this.#dialect.backlinksHistory;
    if (!op) throw noHistory(this.#dialect.id);
    const q = this.#historyQuery(options);
    return request(this.#http, op.build(q), op.reply(q));
  }

  /** New or lost referring domains between two days (inclusive); data-v1 only. */
  async getRefdomainsHistory(options: HistoryQuery): Promise<RefdomainChange[]> {
    const op = this.#dialect.refdomainsHistory;
    if (!op) throw noHistory(this.#dialect.id);
    const q = this.#historyQuery(options);
    return request(this.#http, op.build(q), op.reply(q));
  }

  #historyQuery(q: HistoryQuery): HistoryQuery {
    const problem = historyQueryProblem(q);
    if (problem) throw this.#badRequest(problem);
    return { ...q, domain: this.#domain(q.domain) };
  }

  /** True when this API pages backlinks by cursor only (data-v1): callers should store rows. */
  get walksBacklinks(): boolean {
    return this.#dialect.backlinksRaw !== undefined;
  }

  /**
   * One step of a cursor walk over a domain's whole backlink list: `limit` rows (1–100,000) after
   * `cursor`. Each row is billed once; the caller keeps them (see stored-walk.ts).
   */
  async getBacklinksRawPage(options: {
    domain: string;
    sortBy?: BacklinksSortBy;
    limit: number;
    cursor?: string;
  }): Promise<RawBacklinksPage> {
    const op = this.#dialect.backlinksRaw;
    if (!op) throw this.#badRequest(`The ${this.#dialect.id} API has no cursor walk`);
    const { limit } = options;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RAW_LIMIT) {
      throw this.#badRequest(`limit must be a whole number from 1 to ${MAX_RAW_LIMIT}`);
    }
    const sortBy = options.sortBy ?? "trust_flow";
    if (!SORTS.includes(sortBy))
      throw this.#badRequest(`sortBy must be one of ${SORTS.join(", ")}`);
    const query = {
      domain: this.#domain(options.domain),
      sortBy,
      limit,
      ...(options.cursor && { cursor: options.cursor }),
    };
    return request(this.#http, op.build(query), op.reply(query));
  }

  /** True when this API has referring-domain and anchor calls (data-v1); else aggregate the list. */
  get hasRefdomainsApi(): boolean {
    return this.#dialect.refdomains !== undefined && this.#dialect.anchors !== undefined;
  }

  /** The first `limit` (1–10,000) referring domains of a domain, in the API's `orderBy`. */
  async getRefdomains(options: {
    domain: string;
    orderBy?: RefdomainsOrder;
    limit?: number;
  }): Promise<RefdomainRow[]> {
    const op = this.#dialect.refdomains;
    if (!op) throw this.#badRequest(`The ${this.#dialect.id} API has no referring-domains call`);
    const orderBy = options.orderBy ?? "domain_inlink_rank";
    if (!REFDOMAIN_ORDERS.includes(orderBy))
      throw this.#badRequest(`orderBy must be one of ${REFDOMAIN_ORDERS.join(", ")}`);
    const query = {
      domain: this.#domain(options.domain),
      orderBy,
      limit: this.#rowLimit(options.limit),
    };
    return request(this.#http, op.build(query), op.reply(query));
  }

  /** The first `limit` (1–10,000) anchor texts of a domain's backlinks, in the API's `orderBy`. */
  async getAnchors(options: {
    domain: string;
    orderBy?: AnchorsOrder;
    limit?: number;
  }): Promise<AnchorRow[]> {
    const op = this.#dialect.anchors;
    if (!op) throw this.#badRequest(`The ${this.#dialect.id} API has no anchors call`);
    const orderBy = options.orderBy ?? "backlinks";
    if (!ANCHOR_ORDERS.includes(orderBy))
      throw this.#badRequest(`orderBy must be one of ${ANCHOR_ORDERS.join(", ")}`);
    const query = {
      domain: this.#domain(options.domain),
      orderBy,
      limit: this.#rowLimit(options.limit),
    };
    return request(this.#http, op.build(query), op.reply(query));
  }

  #rowLimit(limit = 100): number {
    if (!Number.isInteger(limit) || limit < 1 || limit > REFDOMAINS_MAX_LIMIT) {
      throw this.#badRequest(`limit must be a whole number from 1 to ${REFDOMAINS_MAX_LIMIT}`);
    }
    return limit;
  }

  /** Any number of domains; see BacklinksMetricsResult for why this is not a bare array. */
  async getBacklinksMetrics(
    domains: readonly string[],
    options: BacklinksMetricsOptions = {},
  ): Promise<BacklinksMetricsResult> {
    const concurrency = positiveInt(options.concurrency ?? this.#metricsConcurrency, "concurrency");
    const op = this.#dialect.backlinksMetrics;
    const authority = this.#dialect.backlinksAuthority;
    const join = this.#dialect.joinAuthority;
    const send = <I, O>(
      o: { build(i: I): WireRequest; reply(i: I): z.ZodType<O> },
      input: I,
      signal?: AbortSignal,
    ) => request(this.#http, o.build(input), o.reply(input), signal);
    return runMetricsBatches({
      inputs: domains,
      batchSize: this.#dialect.maxMetricsBatch,
      concurrency,
      options,
      requestsPerBatch: authority ? 2 : 1,
      fetchBatch: async (batch, signal, requestDone): Promise<BacklinksMetricsRow[]> => {
        if (!authority || !join) return send(op, batch, signal).finally(requestDone);
        // Both calls of a batch in flight together; a failure of either fails the batch's
        // domains (with its reason), so no row is stored half-filled.
        const [counts, ranks] = await Promise.all([
          send(op, batch, signal).finally(requestDone),
          send(authority, batch, signal).finally(requestDone),
        ]);
        return join(counts, ranks);
      },
    });
  }

  async getKeywordRankings(options: GetKeywordRankingsOptions): Promise<KeywordRankingRow[]> {
    const domain = this.#domain(options.domain);
    if (!Array.isArray(options.keywords) || options.keywords.length === 0) {
      throw this.#badRequest("keywords must contain at least one keyword");
    }
    const keywords = options.keywords.map((k) => (typeof k === "string" ? k.trim() : ""));
    if (keywords.some((k) => !k)) throw this.#badRequest("keywords must not be blank");
    if (!ENGINES.includes(options.searchEngine)) {
      throw this.#badRequest(`searchEngine must be one of ${ENGINES.join(", ")}`);
    }
    const location = options.location?.trim() || "United States";
    const query = { domain, keywords, searchEngine: options.searchEngine, location };
    const op = this.#dialect.keywordRankings;
    if (op.run) return op.run(query, (wire, schema) => request(this.#http, wire, schema));
    return request(this.#http, op.build(query), op.reply(query));
  }

  /** Checks the key against the account endpoint; throws SERankingError on any failure. */
  async verify(): Promise<AccountInfo> {
    const op = this.#dialect.account;
    const check = await request(this.#http, op.build(), op.reply());
    if (!check.ok)
      throw new SERankingError("invalid_key", check.reason, { redact: [this.#apiKey] });
    // A trial found now holds every later call on this key to the trial rate (the registry's
    // limiter is shared per key and only ever tightens, so a 429 burst cannot happen first).
    if (check.account.trial) this.#http.limiter.tighten(rateLimitFor(this.#dialect, check.account));
    return check.account;
  }

  #domain(input: string): string {
    const r = normalizeDomain(typeof input === "string" ? input : "");
    if (!r.ok) throw this.#badRequest(`Invalid domain "${input}": ${r.reason}`);
    return r.domain;
  }

  #badRequest(message: string): SERankingError {
    return new SERankingError("bad_request", message, { redact: [this.#apiKey] });
  }
}

/** The provider spec's name for the same class. */
export { SERankingClient as SERankingTool };
