// SE Ranking's rank-tracker competitors (seranking-project-api.md §7): add one to a site, list,
// delete, and read its positions on the site's keywords. Same transport as the rest of the
// Project API client (its rate budget, retries, error mapping).
import { z } from "zod";
import type { WireRequest } from "../dialects/dialect";
import { type HttpContext, request } from "../http";
import { positionsReplySchema, unestablishedReplySchema, wireId } from "./schemas";

/** POST /competitors → 201 {"id": <int>}. */
const createReplySchema = z.object({ id: wireId });
/** GET /competitors/site/{site_id} → [{id, name, url, domain_trust?}]. */
const listReplySchema = z.array(
  z.object({ id: wireId, name: z.string().nullish(), url: z.string() }),
);

export interface TrackerCompetitor {
  id: number;
  url: string;
}

/** One keyword's positions for a competitor, oldest first; null = not found (wire pos 0). */
export interface CompetitorKeywordPositions {
  id: number;
  keyword: string;
  checks: { date: string; position: number | null }[];
}

const id = (n: number) => encodeURIComponent(String(n));

export const competitorRequests = {
  create: (siteId: number, domain: string): WireRequest => ({
    method: "POST",
    path: "/competitors",
    body: { site_id: siteId, url: domain, name: domain },
  }),
  list: (siteId: number): WireRequest => ({
    method: "GET",
    path: `/competitors/site/${id(siteId)}`,
  }),
  remove: (competitorId: number): WireRequest => ({
    method: "DELETE",
    path: `/competitors/${id(competitorId)}`,
  }),
  positions: (
    competitorId: number,
    q: { siteEngineId: number; dateFrom: string; dateTo: string },
  ): WireRequest => ({
    method: "GET",
    path: `/competitors/${id(competitorId)}/positions`,
    query: { site_engine_id: q.siteEngineId, date_from: q.dateFrom, date_to: q.dateTo },
  }),
};

export class TrackerCompetitorsApi {
  constructor(private readonly http: HttpContext) {}

  async create(siteId: number, domain: string): Promise<number> {
    return (await request(this.http, competitorRequests.create(siteId, domain), createReplySchema))
      .id;
  }

  async list(siteId: number): Promise<TrackerCompetitor[]> {
    const rows = await request(this.http, competitorRequests.list(siteId), listReplySchema);
    return rows.map((r) => ({ id: r.id, url: r.url }));
  }

  async remove(competitorId: number): Promise<void> {
    await request(this.http, competitorRequests.remove(competitorId), unestablishedReplySchema);
  }

  /** The reference gives no reply shape: read as the site's positions (engine blocks). */
  async positions(
    competitorId: number,
    q: { siteEngineId: number; dateFrom: string; dateTo: string },
  ): Promise<CompetitorKeywordPositions[]> {
    const blocks = await request(
      this.http,
      competitorRequests.positions(competitorId, q),
      positionsReplySchema,
    );
    const block = blocks.find((b) => b.site_engine_id === q.siteEngineId);
    return (block?.keywords ?? []).map((k) => ({
      id: k.id,
      keyword: k.name,
      checks: [...k.positions]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((p) => ({ date: p.date, position: p.pos === 0 ? null : p.pos })),
    }));
  }
}
