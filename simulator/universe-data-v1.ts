// The same universe in the public Data API's shapes (dialect data-v1). Counts are the
// provider-v3 ones (summaryFor / backlinksFor), so a domain looks the same in both dialects;
// only the authority metrics differ: Domain InLink Rank (DT) and InLink Rank (PT), 0–100.
// Pure functions: tests call them to know what the simulator answers.

import { type BacklinkRow, type BacklinkSortKey, backlinkRowsPage } from "./backlink-rows";
import { normalizeDomain } from "./domain-name";
import { profileFor } from "./domain-profile";
import { DEFAULT_LOCATION, positionFor, volumeFor } from "./keyword-positions";
import { summaryFor } from "./universe";
import { TOPIC_WORDS } from "./words";

export interface DataSummary {
  target: string;
  backlinks: number;
  refdomains: number;
  subnets: number;
  ips: number;
  dofollow_backlinks: number;
  nofollow_backlinks: number;
  edu_backlinks: number;
  gov_backlinks: number;
  inlink_rank: number;
  domain_inlink_rank: number;
}

export interface DataBacklink {
  url_from: string;
  url_to: string;
  title: string;
  anchor: string;
  alt: string | null;
  nofollow: boolean;
  image: boolean;
  inlink_rank: number;
  domain_inlink_rank: number;
  first_seen: string;
  last_visited: string;
}

export type DataOrderBy = "date_found" | "domain_inlink_rank" | "inlink_rank";

/** Each order of the Data API rides on one of the list's precomputed sort keys. */
export const ORDER_KEYS: Record<DataOrderBy, BacklinkSortKey> = {
  date_found: "first_seen",
  domain_inlink_rank: "citation_flow",
  inlink_rank: "trust_flow",
};

/** `target` is echoed as asked; numbers equal summaryFor's counts. DT = the domain trust score. */
export function dataSummaryFor(target: string, date?: string | null): DataSummary {
  const p = profileFor(normalizeDomain(target));
  const s = summaryFor(target, date);
  return {
    target,
    backlinks: s.total_backlinks,
    refdomains: s.referring_domains,
    subnets: Math.round(s.referring_ips * 0.8),
    ips: s.referring_ips,
    dofollow_backlinks: s.dofollow_backlinks,
    nofollow_backlinks: s.nofollow_backlinks,
    edu_backlinks: 0,
    gov_backlinks: 0,
    // The home page's rank: a little below its domain's, as page ranks are.
    inlink_rank: Math.round(p.domainTrustScore * 0.6),
    domain_inlink_rank: p.domainTrustScore,
  };
}

/** GET/POST /v1/backlinks/metrics: counts only. The reference (§5.2) lists no ranks here. */
export type DataMetrics = Omit<DataSummary, "inlink_rank" | "domain_inlink_rank">;

export function dataMetricsFor(target: string, date?: string | null): DataMetrics {
  const { inlink_rank: _pt, domain_inlink_rank: _dt, ...counts } = dataSummaryFor(target, date);
  return counts;
}

/** One entry of /v1/backlinks/authority's `pages` (§5.4): keyed by URL, both ranks. */
export interface DataAuthority {
  url: string;
  inlink_rank: number;
  domain_inlink_rank: number;
}

export function dataAuthorityFor(target: string): DataAuthority {
  const s = dataSummaryFor(target);
  const url = /^https?:\/\//i.test(target) ? target : `https://${normalizeDomain(target)}/`;
  return { url, inlink_rank: s.inlink_rank, domain_inlink_rank: s.domain_inlink_rank };
}

/** A source's domain rank rides on its citation-like key, its page rank on the trust-like one. */
export function toDataBacklink(row: BacklinkRow): DataBacklink {
  const host = new URL(row.sourceUrl).hostname;
  return {
    url_from: row.sourceUrl,
    url_to: row.targetUrl,
    title: `${host} — ${row.anchorText || "page"}`,
    anchor: row.anchorText,
    alt: null,
    nofollow: row.nofollow,
    image: false,
    inlink_rank: row.trustFlow,
    domain_inlink_rank: row.citationFlow,
    first_seen: row.firstSeen,
    last_visited: row.lastSeen,
  };
}

/** The first `limit` rows of GET /v1/backlinks/all (descending by the order, stable ties). */
export function dataBacklinksFor(
  domain: string,
  q: {
    orderBy: DataOrderBy;
    dofollowOnly: boolean;
    offset?: number;
    limit: number;
    /** A test's list-length override (list-lengths.ts). */
    rows?: number;
    /** The day served at (the pinned clock); absent = the base snapshot. */
    date?: string | null;
  },
): { rows: DataBacklink[]; total: number } {
  const page = backlinkRowsPage(normalizeDomain(domain), {
    date: q.date,
    sortBy: ORDER_KEYS[q.orderBy],
    dofollowOnly: q.dofollowOnly,
    offset: q.offset ?? 0,
    limit: q.limit,
    rows: q.rows,
  });
  return { rows: page.rows.map(toDataBacklink), total: page.total };
}

const SOURCES: Record<string, string> = {
  us: "United States",
  uk: "United Kingdom",
  ca: "Canada",
  au: "Australia",
  de: "Germany",
  fr: "France",
  es: "Spain",
  it: "Italy",
  nl: "Netherlands",
  br: "Brazil",
  in: "India",
  pl: "Poland",
  ua: "Ukraine",
  mx: "Mexico",
  jp: "Japan",
};

export function locationForSource(source: string): string | undefined {
  return SOURCES[source.toLowerCase()];
}

/**
 * The simulator's keyword database: every topic word and every ordered pair of two different
 * topic words ("seo tools"). A domain's ranking keywords are those of this set it ranks for on
 * Google in the source's country that day — the same positions /keywords/check/ gives.
 */
export function keywordDatabase(): string[] {
  const out: string[] = [...TOPIC_WORDS];
  for (const a of TOPIC_WORDS) for (const b of TOPIC_WORDS) if (a !== b) out.push(`${a} ${b}`);
  return out;
}

export interface DomainKeywordRow {
  keyword: string;
  position: number;
  prev_pos: number | null;
  volume: number;
  cpc: number;
  url: string;
  traffic: number;
  difficulty: number;
}

/** What GET /v1/domain/keywords lists: best position first, then keyword. */
export function domainKeywordsFor(
  domain: string,
  source: string,
  date: string,
  limit = Number.POSITIVE_INFINITY,
): DomainKeywordRow[] {
  const location = locationForSource(source) ?? DEFAULT_LOCATION;
  const d = normalizeDomain(domain);
  const prevDate = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  const rows: DomainKeywordRow[] = [];
  for (const keyword of keywordDatabase()) {
    const now = positionFor({ domain: d, keyword, searchEngine: "google", location, date });
    if (now.position === null || now.url === null) continue;
    const prev = positionFor({
      domain: d,
      keyword,
      searchEngine: "google",
      location,
      date: prevDate,
    });
    const volume = volumeFor(keyword, location);
    rows.push({
      keyword,
      position: now.position,
      prev_pos: prev.position,
      volume,
      cpc: Math.round((volume % 97) * 5) / 100,
      url: now.url,
      traffic: Math.round(volume / (now.position * 4)),
      difficulty: volume % 101,
    });
  }
  rows.sort((a, b) => a.position - b.position || a.keyword.localeCompare(b.keyword));
  return rows.slice(0, limit);
}
