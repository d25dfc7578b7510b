// Wire requests of SE Ranking's Project API (api4.seranking.com, no /v1 prefix), built from
// seranking-project-api.md. Pure: the client sends them through the shared transport.
import type { WireRequest } from "../dialects/dialect";

export interface NewSite {
  url: string;
  title: string;
}

/** SE Ranking's own check schedule of a site (§3 "check_freq"). */
export type CheckFreq = "check_daily" | "check_1in3" | "check_weekly" | "check_monthly" | "manual";
export interface SiteSchedule {
  checkFreq: CheckFreq;
  /** 1–7 (Mon=1) when weekly; 1–31 when monthly; null otherwise. */
  checkDay: number | null;
}

export interface NewSiteEngine {
  searchEngineId: number;
  /** Google only: the canonical region name, e.g. "New York, New York, United States". */
  regionName?: string;
  langCode?: string;
}

export interface PositionsQuery {
  siteEngineId: number;
  dateFrom: string;
  dateTo: string;
}

const site = (siteId: number) => `/sites/${encodeURIComponent(String(siteId))}`;

export const projectRequests = {
  listSites: (): WireRequest => ({ method: "GET", path: "/sites" }),
  // A single object: the MCP sends one; the docs' array example is accepted by the simulator too.
  createSite: (s: NewSite): WireRequest => ({
    method: "POST",
    path: "/sites",
    body: { url: s.url, title: s.title, check_freq: "check_daily" },
  }),
  // PUT takes the create fields (§3); only the schedule is sent, so nothing else changes.
  updateSiteSchedule: (siteId: number, s: SiteSchedule): WireRequest => ({
    method: "PUT",
    path: site(siteId),
    body: { check_freq: s.checkFreq, ...(s.checkDay !== null && { check_day: s.checkDay }) },
  }),
  searchEngineCatalogue: (): WireRequest => ({ method: "GET", path: "/system/search-engines" }),
  listSiteEngines: (siteId: number): WireRequest => ({
    method: "GET",
    path: `${site(siteId)}/search-engines`,
  }),
  addSiteEngine: (siteId: number, e: NewSiteEngine): WireRequest => ({
    method: "POST",
    path: `${site(siteId)}/search-engines`,
    body: {
      search_engine_id: e.searchEngineId,
      ...(e.regionName && { region_name: e.regionName }),
      ...(e.langCode && { lang_code: e.langCode }),
    },
  }),
  listKeywords: (siteId: number, siteEngineId?: number): WireRequest => ({
    method: "GET",
    path: `${site(siteId)}/keywords`,
    ...(siteEngineId !== undefined && { query: { site_engine_id: siteEngineId } }),
  }),
  // The body is a JSON ARRAY of keyword objects (§5).
  addKeywords: (
    siteId: number,
    keywords: readonly string[],
    siteEngineId: number,
  ): WireRequest => ({
    method: "POST",
    path: `${site(siteId)}/keywords`,
    body: keywords.map((keyword) => ({ keyword, site_engine_ids: [siteEngineId] })),
  }),
  // PHP brackets are required (`keywords_ids[]`); without them the API answers 400 (§2). The
  // transport takes a flat query map, so the repeated parameter is written into the path.
  deleteKeywords: (siteId: number, keywordIds: readonly number[]): WireRequest => ({
    method: "DELETE",
    path: `${site(siteId)}/keywords?${keywordIds
      .map((id) => `${encodeURIComponent("keywords_ids[]")}=${encodeURIComponent(String(id))}`)
      .join("&")}`,
  }),
  // The whole project on one engine: {"site_engine_id": id}; or only some keywords:
  // {"keywords":[{site_engine_id, keyword_id}]} (§6). Unlike the audit rechecks this endpoint
  // documents a JSON body.
  recheck: (siteId: number, siteEngineId: number, keywordIds?: readonly number[]): WireRequest => ({
    method: "POST",
    path: `${site(siteId)}/recheck`,
    body: keywordIds
      ? { keywords: keywordIds.map((id) => ({ site_engine_id: siteEngineId, keyword_id: id })) }
      : { site_engine_id: siteEngineId },
  }),
  // Without with_landing_pages=1 no landing URL is returned (§6).
  positions: (siteId: number, q: PositionsQuery): WireRequest => ({
    method: "GET",
    path: `${site(siteId)}/positions`,
    query: {
      site_engine_id: q.siteEngineId,
      date_from: q.dateFrom,
      date_to: q.dateTo,
      with_landing_pages: 1,
    },
  }),
};
