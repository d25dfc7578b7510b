// Public, pure view of the simulated universe in the provider-v3 wire shape (the spec's field
// names). Tests and the app's e2e suite call these to know what the simulator will answer.
// A second dialect maps the same neutral core (profileFor, backlinkRowsPage) to its own shape.

import { CHURN_BASE_DATE } from "./backlink-churn";
import {
  allBacklinkRows,
  type BacklinkQuery,
  type BacklinkRow,
  backlinkRowsPage,
  profileCountsAt,
} from "./backlink-rows";
import { normalizeDomain } from "./domain-name";
import { profileFor } from "./domain-profile";
import {
  DEFAULT_LOCATION,
  type KeywordPosition,
  positionFor,
  type SearchEngine,
  volumeFor,
} from "./keyword-positions";

export type { BacklinkQuery, BacklinkSortKey } from "./backlink-rows";
export { isPlausibleDomain, normalizeDomain } from "./domain-name";
export { MAX_LIST_ROWS, profileFor } from "./domain-profile";
export { positionFor, volumeFor, walkOffset } from "./keyword-positions";
export { NAMED_DOMAINS } from "./named-domains";

export interface BacklinksSummary {
  total_backlinks: number;
  referring_domains: number;
  referring_ips: number;
  trust_flow: number;
  citation_flow: number;
  domain_trust_score: number;
  nofollow_backlinks: number;
  dofollow_backlinks: number;
}

export interface WireBacklink {
  source_url: string;
  target_url: string;
  anchor_text: string;
  trust_flow: number;
  citation_flow: number;
  nofollow: boolean;
  first_seen: string;
  last_seen: string;
}

export interface BacklinksMetricsRow {
  domain: string;
  trust_flow: number;
  citation_flow: number;
  referring_domains: number;
  total_backlinks: number;
}

export interface KeywordCheckRow extends KeywordPosition {
  keyword: string;
  volume: number;
}

/**
 * The summary on `date` (the pinned simulator clock). Absent, null or up to the base day
 * (2026-11-01): the published profile; later, the counts of the churned list (backlink-churn.ts).
 */
export function summaryFor(domain: string, date?: string | null): BacklinksSummary {
  const d = normalizeDomain(domain);
  const p = profileFor(d);
  const base: BacklinksSummary = {
    total_backlinks: p.totalBacklinks,
    referring_domains: p.referringDomains,
    referring_ips: p.referringIps,
    trust_flow: p.trustFlow,
    citation_flow: p.citationFlow,
    domain_trust_score: p.domainTrustScore,
    nofollow_backlinks: p.nofollowBacklinks,
    dofollow_backlinks: p.dofollowBacklinks,
  };
  if (!date || date <= CHURN_BASE_DATE) return base;
  const c = profileCountsAt(d, date);
  return {
    ...base,
    total_backlinks: c.total,
    referring_domains: c.referringDomains,
    // IPs follow the referring domains in proportion (several domains share an IP).
    referring_ips: Math.round(
      (p.referringIps * c.referringDomains) / Math.max(1, p.referringDomains),
    ),
    nofollow_backlinks: c.nofollow,
    dofollow_backlinks: c.total - c.nofollow,
  };
}

/** `domain` is echoed exactly as asked (the client matches rows by it); numbers = summaryFor. */
export function metricsFor(domain: string): BacklinksMetricsRow {
  return metricsAt(domain, null);
}

/** metricsFor on `date` (see summaryFor). */
export function metricsAt(domain: string, date: string | null): BacklinksMetricsRow {
  const s = summaryFor(domain, date);
  return {
    domain,
    trust_flow: s.trust_flow,
    citation_flow: s.citation_flow,
    referring_domains: s.referring_domains,
    total_backlinks: s.total_backlinks,
  };
}

export function toWireBacklink(row: BacklinkRow): WireBacklink {
  return {
    source_url: row.sourceUrl,
    target_url: row.targetUrl,
    anchor_text: row.anchorText,
    trust_flow: row.trustFlow,
    citation_flow: row.citationFlow,
    nofollow: row.nofollow,
    first_seen: row.firstSeen,
    last_seen: row.lastSeen,
  };
}

/** The domain's whole list, unsorted (generation order). Sort/filter/page it to predict a page. */
export function backlinksFor(domain: string): WireBacklink[] {
  return allBacklinkRows(normalizeDomain(domain)).map(toWireBacklink);
}

/** Exactly what GET /research/backlinks/ serves for these parameters. */
export function backlinksPageFor(
  domain: string,
  query: BacklinkQuery,
): { backlinks: WireBacklink[]; total: number } {
  const page = backlinkRowsPage(normalizeDomain(domain), query);
  return { backlinks: page.rows.map(toWireBacklink), total: page.total };
}

export function keywordCheckFor(
  domain: string,
  keywords: readonly string[],
  searchEngine: SearchEngine,
  location: string = DEFAULT_LOCATION,
  date: string,
): KeywordCheckRow[] {
  return keywords.map((keyword) => ({
    keyword,
    ...positionFor({ domain, keyword, searchEngine, location, date }),
    volume: volumeFor(keyword, location),
  }));
}
