// The data-v1 dialect: SE Ranking's public Data API (/v1/...) over the same universe.
// Costs follow its credit model loosely: summary 100 per target, metrics 1 per target, list and
// raw 1 per row served, domain keywords 1 per row, subscription and credit balance 0.

import { normalizeDomain } from "../domain-name";
import { ApiError } from "../http-io";
import { dataBacklinksFor, dataSummaryFor, domainKeywordsFor } from "../universe-data-v1";
import {
  domainKeywordsQuery,
  keywordMatches,
  listQuery,
  targetsFrom,
  targetsInput,
} from "./data-v1-params";
import { parseOr400, queryObject } from "./provider-v3-params";
import type { Dialect, Route, RouteContext } from "./types";

export const DATA_SUMMARY_COST = 100;

function summaries(ctx: RouteContext, body?: unknown) {
  const q = parseOr400(targetsInput, targetsFrom(ctx.query, body));
  return {
    body: { summary: q.target.map(dataSummaryFor) },
    cost: DATA_SUMMARY_COST * q.target.length,
  };
}

function metrics(ctx: RouteContext, body?: unknown) {
  const q = parseOr400(targetsInput, targetsFrom(ctx.query, body));
  return { body: { metrics: q.target.map(dataSummaryFor) }, cost: q.target.length };
}

const all: Route = {
  method: "GET",
  path: "/v1/backlinks/all",
  handle(ctx) {
    const q = parseOr400(listQuery, queryObject(ctx.query));
    if (q.nofollow_filter === "nofollow_only") return { body: { backlinks: [] }, cost: 0 };
    const { rows } = dataBacklinksFor(q.target, {
      orderBy: q.order_by,
      dofollowOnly: q.nofollow_filter === "dofollow_only",
      limit: q.limit,
    });
    return { body: { backlinks: rows }, cost: rows.length };
  },
};

/** The raw export: pages of `limit` rows; `next` is an opaque cursor (here base64 of an offset). */
const raw: Route = {
  method: "GET",
  path: "/v1/backlinks/raw",
  handle(ctx) {
    const q = parseOr400(listQuery, queryObject(ctx.query));
    const offset = q.next ? Number(Buffer.from(q.next, "base64url").toString()) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new ApiError(400, "Invalid next: unknown cursor");
    const page = dataBacklinksFor(q.target, {
      orderBy: q.order_by,
      dofollowOnly: q.nofollow_filter === "dofollow_only",
      offset,
      limit: q.limit,
    });
    const end = offset + page.rows.length;
    const next = end < page.total ? Buffer.from(String(end)).toString("base64url") : null;
    return { body: { backlinks: page.rows, next }, cost: page.rows.length };
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
    // Billed per row served, as the Data API does: a filtered page costs what it returns.
    return { body: q.type === "organic" ? rows : [], cost: rows.length };
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
          start_date: "2026-01-01",
          expiration_date: "2027-01-01",
          units_limit: a.creditsLimit,
          units_left: a.credits,
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
    all,
    raw,
    domainKeywords,
    subscription,
    creditBalance,
  ],
};
