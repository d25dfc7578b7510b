// The data-v1 dialect: SE Ranking's public Data API (/v1/...) over the same universe, in the
// reference's reply shapes (seranking-data-api-v1.md): backlinks wrapped (`summary`, `metrics`,
// `pages`, `backlinks`), domain endpoints as bare arrays. Credits from data-v1-prices.ts.

import { normalizeDomain } from "../domain-name";
import { ApiError } from "../http-io";
import {
  dataAuthorityFor,
  dataBacklinksFor,
  dataMetricsFor,
  dataSummaryFor,
  domainKeywordsFor,
} from "../universe-data-v1";
import { dataV1HistoryRoutes } from "./data-v1-history";
import {
  authorityInput,
  domainKeywordsQuery,
  keywordMatches,
  listQuery,
  targetsFrom,
  targetsInput,
} from "./data-v1-params";
import { DATA_V1_PRICES, priceOf } from "./data-v1-prices";
import { refdomainsRoutes } from "./data-v1-refdomains";
import { parseOr400, queryObject } from "./provider-v3-params";
import type { Dialect, Route, RouteContext } from "./types";

export const DATA_SUMMARY_COST = DATA_V1_PRICES["/v1/backlinks/summary"]!.credits;

function summaries(ctx: RouteContext, body?: unknown) {
  const q = parseOr400(targetsInput, targetsFrom(ctx.query, body));
  return {
    body: { summary: q.target.map((t) => dataSummaryFor(t, ctx.backlinksDate)) },
    cost: priceOf("/v1/backlinks/summary", { targets: q.target.length }),
  };
}

function metrics(ctx: RouteContext, body?: unknown) {
  const q = parseOr400(targetsInput, targetsFrom(ctx.query, body));
  const cost = priceOf("/v1/backlinks/metrics", { targets: q.target.length });
  return { body: { metrics: q.target.map((t) => dataMetricsFor(t, ctx.backlinksDate)) }, cost };
}

function authority(ctx: RouteContext, body?: unknown) {
  const q = parseOr400(authorityInput, targetsFrom(ctx.query, body));
  const cost = priceOf("/v1/backlinks/authority", { targets: q.target.length });
  return { body: { pages: q.target.map(dataAuthorityFor) }, cost };
}

const all: Route = {
  method: "GET",
  path: "/v1/backlinks/all",
  handle(ctx) {
    const q = parseOr400(listQuery, queryObject(ctx.query));
    if (q.nofollow_filter === "nofollow_only") return { body: { backlinks: [] }, cost: 0 };
    const { rows } = dataBacklinksFor(q.target, {
      date: ctx.backlinksDate,
      orderBy: q.order_by,
      dofollowOnly: q.nofollow_filter === "dofollow_only",
      limit: q.limit,
      rows: ctx.lists.rowsFor(normalizeDomain(q.target)),
    });
    return {
      body: { backlinks: rows },
      cost: priceOf("/v1/backlinks/all", { records: rows.length }),
    };
  },
};

/**
 * The raw dump: pages of `limit` rows in `order_by` order, no filters (the OpenAPI lists none;
 * a `nofollow_filter` is refused with the 400 envelope before this runs). `next` is an opaque
 * cursor (here base64 of an offset), a top-level field of the reply; null on the last page.
 */
const raw: Route = {
  method: "GET",
  path: "/v1/backlinks/raw",
  handle(ctx) {
    const q = parseOr400(listQuery, queryObject(ctx.query));
    const offset = q.next ? Number(Buffer.from(q.next, "base64url").toString()) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new ApiError(400, "Invalid next: unknown cursor");
    const page = dataBacklinksFor(q.target, {
      date: ctx.backlinksDate,
      orderBy: q.order_by,
      dofollowOnly: false,
      offset,
      limit: q.limit,
      rows: ctx.lists.rowsFor(normalizeDomain(q.target)),
    });
    const end = offset + page.rows.length;
    const next = end < page.total ? Buffer.from(String(end)).toString("base64url") : null;
    const cost = priceOf("/v1/backlinks/raw", { records: page.rows.length });
    return { body: { backlinks: page.rows, next }, cost };
  },
};

const domainKeywords: Route = {
  method: "GET",
  path: "/v1/domain/keywords",
  handle(ctx) {
    const q = parseOr400(domainKeywordsQuery, queryObject(ctx.query));
    const all = domainKeywordsFor(normalizeDomain(q.domain), q.source, ctx.today).filter((r) =>
      keywordMatches(r.keyword, q["filter[keyword]"], q["filter[multi_keyword_included]"]),
    );
    const rows = all.slice((q.page - 1) * q.limit, q.page * q.limit);
    const body = q.type === "organic" ? rows : [];
    // Billed per row served (the reference's price list): a filtered page costs what it returns.
    return { body, cost: priceOf("/v1/domain/keywords", { records: body.length }) };
  },
};

const subscription: Route = {
  method: "GET",
  path: "/v1/account/subscription",
  handle(ctx) {
    const a = ctx.account;
    return {
      cost: 0,
      body: {
        subscription_info: {
          status: a.subscriptionStatus,
          start_date: "2026-01-01 00:00:00",
          // Misspelt as in the live reply (reference §7.1).
          expiraton_date: "2027-01-01 00:00:00",
          units_limit: a.creditsLimit,
          units_left: a.credits,
          // The Data API documents no trial marker; the Project API's account reply uses
          // `type: "trial"`, so a trial key says the same here (an assumption).
          ...(a.trial && { type: "trial" }),
        },
      },
    };
  },
};

const creditBalance: Route = {
  method: "GET",
  path: "/v1/account/credit-balance",
  handle(ctx) {
    const a = ctx.account;
    return { cost: 0, body: { limit: a.creditsLimit, used: a.creditsLimit - a.credits } };
  },
};

export const dataV1: Dialect = {
  name: "data-v1",
  routes: [
    { method: "GET", path: "/v1/backlinks/summary", handle: (ctx) => summaries(ctx) },
    { method: "POST", path: "/v1/backlinks/summary", handle: (ctx) => summaries(ctx, ctx.json()) },
    { method: "GET", path: "/v1/backlinks/metrics", handle: (ctx) => metrics(ctx) },
    { method: "POST", path: "/v1/backlinks/metrics", handle: (ctx) => metrics(ctx, ctx.json()) },
    { method: "GET", path: "/v1/backlinks/authority", handle: (ctx) => authority(ctx) },
    {
      method: "POST",
      path: "/v1/backlinks/authority",
      handle: (ctx) => authority(ctx, ctx.json()),
    },
    all,
    raw,
    ...refdomainsRoutes,
    domainKeywords,
    subscription,
    creditBalance,
    ...dataV1HistoryRoutes,
  ],
};
