// The Project API (SE Ranking's rank tracker, api4.seranking.com without /v1) over the shared
// universe: sites, search engines, keywords, recheck, positions (seranking-project-api.md).
// It uses plan limits, not credits: every answer costs 0 credits; over a limit → 403
// "Limit reached" with a description, as the reference quotes it.

import { parseOr400, queryObject } from "../dialects/provider-v3-params";
import type { Dialect, Route, RouteContext } from "../dialects/types";
import { ApiError } from "../http-io";
import { SEARCH_ENGINE_CATALOGUE } from "./catalogue";
import { competitorRoutes } from "./competitors";
import {
  newEngineBody,
  positionsQuery,
  readKeywordIds,
  readNewKeywords,
  readNewSite,
  recheckBody,
  siteUrl,
} from "./params";
import { applySchedule, updateSite } from "./site-schedule";
import type { SimSite } from "./store";

const ok = (body: unknown, status = 200) => ({ body, cost: 0, status });

function siteOf(ctx: RouteContext): SimSite {
  const site = ctx.projects.site(ctx.account.keyId, Number(ctx.params.site_id));
  if (!site) throw new ApiError(404, "Site not found");
  return site;
}

const limitReached = (description: string) => new ApiError(403, description, {}, "Limit reached");

const listSites: Route = {
  method: "GET",
  path: "/sites",
  handle: (ctx) =>
    ok(
      ctx.projects.sitesOf(ctx.account.keyId).map((s) => ({
        id: s.id,
        title: s.title,
        name: s.name,
        group_id: 0,
        is_active: 1,
        exact_url: 0,
        subdomain_match: 0,
        depth: 100,
        check_freq: s.checkFreq,
        check_day: s.checkDay,
        guest_link: `https://seranking.com/guest.html?site_id=${s.id}`,
        keyword_count: s.keywords.length,
      })),
    ),
};

const createSite: Route = {
  method: "POST",
  path: "/sites",
  handle(ctx) {
    const input = readNewSite(ctx);
    const name = siteUrl(input.url);
    const used = ctx.projects.sitesOf(ctx.account.keyId).length;
    if (used >= ctx.account.siteLimit) {
      throw limitReached(
        `Cannot add a project — your plan allows ${ctx.account.siteLimit} projects`,
      );
    }
    const site = ctx.projects.addSite(ctx.account.keyId, input.title, name);
    applySchedule(site, input);
    return ok({ site_id: site.id });
  },
};

const siteEngines: Route = {
  method: "GET",
  path: "/sites/{site_id}/search-engines",
  handle: (ctx) =>
    ok(
      siteOf(ctx).engines.map((e) => ({
        ...e,
        merge_map: 0,
        business_name: null,
        phone: null,
        paid_results: 0,
        keyword_count: siteOf(ctx).keywords.filter((k) =>
          k.site_engine_ids.includes(e.site_engine_id),
        ).length,
      })),
    ),
};

const addSiteEngine: Route = {
  method: "POST",
  path: "/sites/{site_id}/search-engines",
  handle(ctx) {
    const site = siteOf(ctx);
    const input = parseOr400(newEngineBody, ctx.json());
    if (!SEARCH_ENGINE_CATALOGUE.some((e) => e.id === input.search_engine_id)) {
      throw new ApiError(400, "Unknown search_engine_id");
    }
    const engine = {
      site_engine_id: ctx.projects.newId(),
      search_engine_id: input.search_engine_id,
      region_name: input.region_name ?? null,
      lang_code: input.lang_code ?? "en",
    };
    site.engines.push(engine);
    return ok({ site_engine_id: engine.site_engine_id });
  },
};

const listKeywords: Route = {
  method: "GET",
  path: "/sites/{site_id}/keywords",
  handle(ctx) {
    const engine = ctx.query.get("site_engine_id");
    const rows = siteOf(ctx).keywords.filter(
      (k) => engine === null || k.site_engine_ids.includes(Number(engine)),
    );
    return ok(
      rows.map((k) => ({
        id: k.id,
        name: k.name,
        group_id: 0,
        link: k.link,
        tags: [],
        site_engine_ids: k.site_engine_ids,
      })),
    );
  },
};

const addKeywords: Route = {
  method: "POST",
  path: "/sites/{site_id}/keywords",
  handle(ctx) {
    const site = siteOf(ctx);
    const input = readNewKeywords(ctx);
    const fresh = input.filter(
      (k, i) =>
        !site.keywords.some((e) => e.name.toLowerCase() === k.keyword.toLowerCase()) &&
        input.findIndex((o) => o.keyword.toLowerCase() === k.keyword.toLowerCase()) === i,
    );
    const left = ctx.account.keywordLimit - ctx.projects.keywordCount(ctx.account.keyId);
    if (fresh.length > left) {
      throw limitReached(
        `Cannot add ${fresh.length} keywords — you have ${Math.max(left, 0)} keywords remaining`,
      );
    }
    const all = site.engines.map((e) => e.site_engine_id);
    for (const k of fresh) {
      site.keywords.push({
        id: ctx.projects.newId(),
        name: k.keyword,
        site_engine_ids: k.site_engine_ids ?? all,
        link: k.target_url ?? null,
      });
    }
    // The reference establishes no reply for this call; a count is the least a client could want.
    return ok({ added: fresh.length });
  },
};

const deleteKeywords: Route = {
  method: "DELETE",
  path: "/sites/{site_id}/keywords",
  handle(ctx) {
    const site = siteOf(ctx);
    const ids = new Set(readKeywordIds(ctx));
    site.keywords = site.keywords.filter((k) => !ids.has(k.id));
    return ok(null, 204);
  },
};

const recheck: Route = {
  method: "POST",
  path: "/sites/{site_id}/recheck",
  handle(ctx) {
    const site = siteOf(ctx);
    const input = parseOr400(recheckBody, ctx.rawBody.trim() ? ctx.json() : {});
    const engines =
      "keywords" in input
        ? [...new Set(input.keywords.map((k) => k.site_engine_id))]
        : input.site_engine_id !== undefined
          ? [input.site_engine_id]
          : site.engines.map((e) => e.site_engine_id);
    for (const id of engines) {
      if (!site.engines.some((e) => e.site_engine_id === id)) {
        throw new ApiError(400, `Unknown site_engine_id ${id}`);
      }
    }
    // {"keywords":[…]} checks those keywords only (§6).
    const only = "keywords" in input ? new Set(input.keywords.map((k) => k.keyword_id)) : undefined;
    ctx.projects.requestRecheck(site, engines, ctx.today, ctx.now, only);
    return ok({ status: 1 });
  },
};

const positions: Route = {
  method: "GET",
  path: "/sites/{site_id}/positions",
  handle(ctx) {
    const site = siteOf(ctx);
    const q = parseOr400(positionsQuery, queryObject(ctx.query));
    ctx.projects.complete(ctx.now, ctx.recheckDelayMs);
    const to = q.date_to ?? ctx.today;
    const from = q.date_from ?? shiftDays(to, -7); // as the competitor docs' default (§6)
    const engines = site.engines.filter(
      (e) => q.site_engine_id === undefined || e.site_engine_id === q.site_engine_id,
    );
    return ok(
      engines.map((e) => ({
        site_engine_id: e.site_engine_id,
        keywords: site.keywords
          .filter((k) => k.site_engine_ids.includes(e.site_engine_id))
          .map((k) => {
            const checks = (site.checks.get(e.site_engine_id)?.get(k.id) ?? []).filter(
              (c) => c.date >= from && c.date <= to,
            );
            return {
              id: String(k.id), // older docs show ids as strings
              name: k.name,
              group_id: 0,
              positions: checks.map((c, i) => ({
                date: c.date,
                pos: c.pos,
                change: i > 0 && c.pos && checks[i - 1]!.pos ? checks[i - 1]!.pos - c.pos : 0,
                depth: 100,
              })),
              ...(q.with_landing_pages === "1" && {
                landing_pages: checks.map((c) => ({ date: c.date, url: c.url ?? "" })),
              }),
            };
          }),
      })),
    );
  },
};

const catalogue: Route = {
  method: "GET",
  path: "/system/search-engines",
  handle: () => ok(SEARCH_ENGINE_CATALOGUE),
};

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const projectApi: Dialect = {
  name: "project-api",
  routes: [
    listSites,
    createSite,
    updateSite,
    catalogue,
    siteEngines,
    addSiteEngine,
    listKeywords,
    addKeywords,
    deleteKeywords,
    recheck,
    positions,
    ...competitorRoutes,
  ],
};
