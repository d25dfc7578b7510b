// Tracked keyword positions from the Data API's /v1/domain/keywords (seranking-data-api-v1.md
// §6.2). The endpoint is SE Ranking's keyword DATABASE, refreshed monthly: a position here is
// "where the domain ranked when SE Ranking last sampled it", not a daily tracked check.
// Cost is per row returned, so the request names the tracked keywords with
// `filter[multi_keyword_included]` (OR-groups of one `exact` clause each) and walks `page` only
// while a page comes back full: cost grows with the tracked keywords, never with the domain.
import { SERankingError } from "../errors";
import type { KeywordRankingRow } from "../types";
import { sourceForLocation } from "./data-v1-locations";
import { domainKeywordsReplySchema } from "./data-v1-schemas";
import type { KeywordRankingsQuery, Operation, WireRequest } from "./dialect";

/** Rows per page (the API allows 1–1000). */
export const DOMAIN_KEYWORDS_PAGE_LIMIT = 1000;
/** Safety stop: a filtered list longer than this many pages means the filter was ignored. */
export const DOMAIN_KEYWORDS_MAX_PAGES = 5;

type Row = { keyword: string; position: number; url?: string | null; volume?: number | null };

const badResponse = (message: string) =>
  new SERankingError("bad_response", `SE Ranking sent an unexpected reply: ${message}`);

/**
 * The keyword filter as the OpenAPI names it. The reference says `filter[keyword]` is a
 * case-sensitive substring and gives no case rule for `exact` clauses; database keywords are
 * lower-case, so values are sent lower-cased and matching back is case-insensitive.
 */
export function keywordFilter(keywords: readonly string[]): string {
  const unique = [...new Set(keywords.map((k) => k.trim().toLowerCase()))];
  return JSON.stringify(unique.map((value) => [{ type: "exact", value }]));
}

export function domainKeywordsRequest(q: KeywordRankingsQuery, page = 1): WireRequest {
  const source = sourceForLocation(q.location);
  if (!source) throw new SERankingError("bad_request", `No keyword database for "${q.location}"`);
  return {
    method: "GET",
    path: "/v1/domain/keywords",
    query: {
      source,
      domain: q.domain,
      type: "organic",
      "filter[multi_keyword_included]": keywordFilter(q.keywords),
      page,
      limit: Math.min(DOMAIN_KEYWORDS_PAGE_LIMIT, Math.max(10, q.keywords.length * 2)),
    },
  };
}

/** One reply row per tracked keyword: best position among the rows naming it, else null. */
export function pickTracked(q: KeywordRankingsQuery, list: readonly Row[]): KeywordRankingRow[] {
  const byKeyword = new Map<string, Row>();
  for (const row of list) {
    const k = row.keyword.trim().toLowerCase();
    const seen = byKeyword.get(k);
    if (!seen || row.position < seen.position) byKeyword.set(k, row);
  }
  // Every page of the filtered list was read: absent = not in SE Ranking's database top 100.
  return q.keywords.map((keyword) => {
    const hit = byKeyword.get(keyword.trim().toLowerCase());
    return {
      keyword,
      position: hit?.position ?? null,
      url: hit ? (hit.url ?? null) : null,
      volume: hit?.volume ?? null,
    };
  });
}

export const dataV1KeywordRankings = (
  validate: (q: KeywordRankingsQuery) => void,
): Operation<KeywordRankingsQuery, KeywordRankingRow[]> => ({
  build: (q) => {
    // Validated before any request: an unanswerable question must not cost a credit.
    validate(q);
    return domainKeywordsRequest(q);
  },
  reply: (q) => domainKeywordsReplySchema.transform((list) => pickTracked(q, list)),
  async run(q, send) {
    validate(q);
    const rows: Row[] = [];
    for (let page = 1; ; page++) {
      const wire = domainKeywordsRequest(q, page);
      const list = await send(wire, domainKeywordsReplySchema);
      rows.push(...list);
      if (list.length < Number(wire.query?.limit)) break;
      if (page >= DOMAIN_KEYWORDS_MAX_PAGES) {
        throw badResponse("the keyword filter was not applied (too many rows)");
      }
    }
    return pickTracked(q, rows);
  },
});
