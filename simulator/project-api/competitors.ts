// SE Ranking's rank-tracker competitors (seranking-project-api.md §7): added per site, listed,
// deleted, and their positions read for the site's keywords on the days the site was checked
// (SE Ranking checks a site's competitors with the site). Free, like every Project API call.
//
// The reference gives no reply shape for GET /competitors/{id}/positions: it is served in the
// shape of GET /sites/{id}/positions (a bare array of engine blocks, pos 0 = not found).
import { z } from "zod";
import { parseOr400, queryObject } from "../dialects/provider-v3-params";
import type { Route, RouteContext } from "../dialects/types";
import { isPlausibleDomain, normalizeDomain } from "../domain-name";
import { ApiError } from "../http-io";
import { positionFor } from "../keyword-positions";
import { universeTarget } from "./catalogue";
import type { ProjectStore, SimSite } from "./store";

interface SimCompetitor {
  id: number;
  siteId: number;
  keyId: string;
  name: string;
  url: string;
}

// Kept beside the store it belongs to (a simulator restart starts both afresh).
const competitorsOf = new WeakMap<ProjectStore, Map<number, SimCompetitor>>();
function table(ctx: RouteContext) {
  const found = competitorsOf.get(ctx.projects);
  if (found) return found;
  const map = new Map<number, SimCompetitor>();
  competitorsOf.set(ctx.projects, map);
  return map;
}

const ok = (body: unknown, status = 200) => ({ body, cost: 0, status });

const newCompetitorBody = z.object({
  site_id: z.coerce.number().int(),
  url: z.string().trim().min(1, "is required"),
  name: z.string().trim().optional(),
  subdomain_match: z.union([z.literal(0), z.literal(1)]).optional(),
});

const positionsQuery = z.object({
  date_from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
    .optional(),
  date_to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
    .optional(),
  site_engine_id: z.coerce.number().int().optional(),
  with_serp_features: z.string().optional(),
});

function siteOf(ctx: RouteContext, id: number): SimSite {
  const site = ctx.projects.site(ctx.account.keyId, id);
  if (!site) throw new ApiError(404, "Site not found");
  return site;
}

function competitorOf(ctx: RouteContext): SimCompetitor {
  const found = table(ctx).get(Number(ctx.params.competitor_id));
  if (!found || found.keyId !== ctx.account.keyId) throw new ApiError(404, "Competitor not found");
  return found;
}

const shiftDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const create: Route = {
  method: "POST",
  path: "/competitors",
  handle(ctx) {
    const input = parseOr400(newCompetitorBody, ctx.json());
    const site = siteOf(ctx, input.site_id);
    const domain = normalizeDomain(input.url);
    if (!isPlausibleDomain(domain)) throw new ApiError(400, "Invalid site url");
    const competitor: SimCompetitor = {
      id: ctx.projects.newId(),
      siteId: site.id,
      keyId: ctx.account.keyId,
      name: input.name || domain,
      url: domain,
    };
    table(ctx).set(competitor.id, competitor);
    return ok({ id: competitor.id }, 201);
  },
};

const list: Route = {
  method: "GET",
  path: "/competitors/site/{site_id}",
  handle(ctx) {
    const site = siteOf(ctx, Number(ctx.params.site_id));
    return ok(
      [...table(ctx).values()]
        .filter((c) => c.siteId === site.id)
        .map((c) => ({ id: c.id, name: c.name, url: c.url, domain_trust: 0 })),
    );
  },
};

const remove: Route = {
  method: "DELETE",
  path: "/competitors/{competitor_id}",
  handle(ctx) {
    const competitor = competitorOf(ctx);
    table(ctx).delete(competitor.id);
    return ok({ status: 1 });
  },
};

const positions: Route = {
  method: "GET",
  path: "/competitors/{competitor_id}/positions",
  handle(ctx) {
    const competitor = competitorOf(ctx);
    const site = siteOf(ctx, competitor.siteId);
    const q = parseOr400(positionsQuery, queryObject(ctx.query));
    ctx.projects.complete(ctx.now, ctx.recheckDelayMs);
    // Defaults as the reference states them: today minus one week … today.
    const to = q.date_to ?? ctx.today;
    const from = q.date_from ?? shiftDays(ctx.today, -7);
    const engines = site.engines.filter(
      (e) => q.site_engine_id === undefined || e.site_engine_id === q.site_engine_id,
    );
    return ok(
      engines.map((e) => {
        const target = universeTarget(e.search_engine_id);
        return {
          site_engine_id: e.site_engine_id,
          keywords: site.keywords
            .filter((k) => k.site_engine_ids.includes(e.site_engine_id))
            .map((k) => {
              const days = (site.checks.get(e.site_engine_id)?.get(k.id) ?? [])
                .map((c) => c.date)
                .filter((d) => d >= from && d <= to);
              return {
                id: String(k.id),
                name: k.name,
                positions: days.map((date) => {
                  const found = target
                    ? positionFor({
                        domain: competitor.url,
                        keyword: k.name,
                        searchEngine: target.engine,
                        location: e.region_name ?? target.country,
                        date,
                      })
                    : { position: null };
                  return { date, pos: found.position ?? 0 };
                }),
              };
            }),
        };
      }),
    );
  },
};

export const competitorRoutes: readonly Route[] = [create, list, remove, positions];
