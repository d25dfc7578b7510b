// SE Ranking's Project API (its rank tracker) as a plain SDK: sites, search engines, keywords,
// rechecks and daily positions. Same transport as the Data API client (rate limit, timeout,
// retries, error mapping, zod), its own 5 requests/s budget, base URL injected.
import { tokenHeaders } from "../dialects/dialect";
import { SERankingError } from "../errors";
import { type HttpContext, request } from "../http";
import type { RateGates } from "../rate-gate";
import { type Clock, defaultRateLimiters, systemClock } from "../rate-limiter";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../retry";
import type { FetchLike, SERankingLogger } from "../types";
import { TrackerCompetitorsApi } from "./competitors";
import {
  type CheckFreq,
  type NewSite,
  type NewSiteEngine,
  type PositionsQuery,
  projectRequests,
  type SiteSchedule,
} from "./requests";
import {
  addSiteEngineReplySchema,
  createSiteReplySchema,
  keywordsReplySchema,
  positionsReplySchema,
  searchEngineCatalogueSchema,
  siteEnginesReplySchema,
  sitesReplySchema,
  unestablishedReplySchema,
} from "./schemas";

/** The Project API's documented rate: 5 requests/s per key, rolling 1 s window. */
export const PROJECT_API_RATE_PER_SECOND = 5;
export const PROJECT_API_DEFAULT_BASE_URL = "https://api4.seranking.com";

export interface ProjectApiClientOptions {
  apiKey: string;
  baseUrl?: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  rateLimitPerSecond?: number;
  logger?: SERankingLogger;
  clock?: Clock;
  random?: () => number;
  rateLimiters?: RateGates;
}

export interface Site {
  id: number;
  title: string | null;
  url: string;
  /** SE Ranking's schedule of the site; null when the reply leaves it out or names no known one. */
  schedule: SiteSchedule | null;
}

const CHECK_FREQS: readonly string[] = [
  "check_daily",
  "check_1in3",
  "check_weekly",
  "check_monthly",
  "manual",
];

function siteSchedule(freq: string | null | undefined, day: number | null | undefined) {
  if (!freq || !CHECK_FREQS.includes(freq)) return null;
  const checkFreq = freq as CheckFreq;
  const dated = checkFreq === "check_weekly" || checkFreq === "check_monthly";
  return { checkFreq, checkDay: dated ? (day ?? null) : null };
}

export interface TrackerKeyword {
  id: number;
  keyword: string;
}

/** One keyword's checks on one engine, oldest first. position null = not found (wire pos 0). */
export interface KeywordPositions {
  id: number;
  keyword: string;
  volume: number | null;
  checks: { date: string; position: number | null; landingUrl: string | null }[];
}

/**
 * Some Project API calls answer 204 or an empty 200 (§2). The shared transport parses every
 * success as JSON, so an empty success body is read as `null` here, before it gets there.
 */
function emptyBodyAsNull(fetchImpl: FetchLike): FetchLike {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (!response.ok) return response;
    const text = await response.text();
    return new Response(text.trim() === "" ? "null" : text, {
      status: response.status === 204 ? 200 : response.status,
      headers: response.headers,
    });
  };
}

export class ProjectApiClient {
  readonly #http: HttpContext;

  constructor(options: ProjectApiClientOptions) {
    const apiKey = typeof options.apiKey === "string" ? options.apiKey.trim() : "";
    if (!apiKey) throw new SERankingError("invalid_key", "An SE Ranking API key is required");
    const clock = options.clock ?? systemClock;
    const registry = options.rateLimiters ?? defaultRateLimiters;
    const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#http = {
      apiKey,
      baseUrl: options.baseUrl ?? PROJECT_API_DEFAULT_BASE_URL,
      headers: tokenHeaders(apiKey),
      fetch: emptyBodyAsNull(fetchImpl),
      timeoutMs: options.timeoutMs ?? 15_000,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      // Its own budget: the reference states the rates per API (Data 10/s, Project 5/s), so a
      // key that speaks both keeps the Data API's pace for Data calls.
      limiter: registry.forKey(
        `project-api:${apiKey}`,
        options.rateLimitPerSecond ?? PROJECT_API_RATE_PER_SECOND,
      ),
      clock,
      random: options.random ?? Math.random,
      logger: options.logger,
    };
  }

  /** The site's competitors in the rank tracker (§7). */
  get competitors(): TrackerCompetitorsApi {
    return new TrackerCompetitorsApi(this.#http);
  }

  async listSites(): Promise<Site[]> {
    const sites = await request(this.#http, projectRequests.listSites(), sitesReplySchema);
    return sites.map((s) => ({
      id: s.id,
      title: s.title ?? null,
      url: s.name,
      schedule: siteSchedule(s.check_freq, s.check_day),
    }));
  }

  /** Sets SE Ranking's own check schedule of a site (check_freq / check_day). */
  async updateSiteSchedule(siteId: number, schedule: SiteSchedule): Promise<void> {
    await request(
      this.#http,
      projectRequests.updateSiteSchedule(siteId, schedule),
      unestablishedReplySchema,
    );
  }

  async createSite(site: NewSite): Promise<number> {
    if (!site.url.trim() || !site.title.trim()) throw badRequest("A site needs a URL and a title");
    const reply = await request(
      this.#http,
      projectRequests.createSite(site),
      createSiteReplySchema,
    );
    return reply.site_id;
  }

  async searchEngineCatalogue() {
    return request(
      this.#http,
      projectRequests.searchEngineCatalogue(),
      searchEngineCatalogueSchema,
    );
  }

  async listSiteEngines(siteId: number) {
    return request(this.#http, projectRequests.listSiteEngines(siteId), siteEnginesReplySchema);
  }

  /** Attaches an engine (+ region) to a site; returns its project-local site_engine_id. */
  async addSiteEngine(siteId: number, engine: NewSiteEngine): Promise<number> {
    const reply = await request(
      this.#http,
      projectRequests.addSiteEngine(siteId, engine),
      addSiteEngineReplySchema,
    );
    return reply.site_engine_id;
  }

  async listKeywords(siteId: number, siteEngineId?: number): Promise<TrackerKeyword[]> {
    const rows = await request(
      this.#http,
      projectRequests.listKeywords(siteId, siteEngineId),
      keywordsReplySchema,
    );
    return rows.map((r) => ({ id: r.id, keyword: r.name }));
  }

  /**
   * Adds keywords on one engine. The add reply is not established by the reference, so the ids
   * are read back from the keyword list rather than guessed from the reply.
   */
  async addKeywords(
    siteId: number,
    keywords: readonly string[],
    siteEngineId: number,
  ): Promise<TrackerKeyword[]> {
    if (keywords.length === 0) return [];
    await request(
      this.#http,
      projectRequests.addKeywords(siteId, keywords, siteEngineId),
      unestablishedReplySchema,
    );
    const wanted = new Set(keywords.map((k) => k.trim().toLowerCase()));
    const listed = await this.listKeywords(siteId);
    return listed.filter((k) => wanted.has(k.keyword.trim().toLowerCase()));
  }

  async deleteKeywords(siteId: number, keywordIds: readonly number[]): Promise<void> {
    if (keywordIds.length === 0) return;
    await request(
      this.#http,
      projectRequests.deleteKeywords(siteId, keywordIds),
      unestablishedReplySchema,
    );
  }

  /**
   * Starts a position check of the site on one engine, or of only `keywordIds` (the tracker's
   * keyword ids) on it; positions appear later (asynchronous).
   */
  async recheck(
    siteId: number,
    siteEngineId: number,
    keywordIds?: readonly number[],
  ): Promise<void> {
    await request(
      this.#http,
      projectRequests.recheck(siteId, siteEngineId, keywordIds),
      unestablishedReplySchema,
    );
  }

  /** Daily positions and landing pages of every keyword of the site on one engine. */
  async positions(siteId: number, query: PositionsQuery): Promise<KeywordPositions[]> {
    const blocks = await request(
      this.#http,
      projectRequests.positions(siteId, query),
      positionsReplySchema,
    );
    const block = blocks.find((b) => b.site_engine_id === query.siteEngineId);
    return (block?.keywords ?? []).map((k) => {
      const landing = new Map((k.landing_pages ?? []).map((l) => [l.date, l.url ?? null]));
      const checks = [...k.positions]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((p) => ({
          date: p.date,
          position: p.pos === 0 ? null : p.pos,
          landingUrl: p.pos === 0 ? null : (landing.get(p.date) ?? null),
        }));
      return { id: k.id, keyword: k.name, volume: k.volume ?? null, checks };
    });
  }
}

const badRequest = (message: string) => new SERankingError("bad_request", message);
