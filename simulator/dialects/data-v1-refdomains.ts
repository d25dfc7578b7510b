// /v1/backlinks/refdomains and /v1/backlinks/anchors (reference §5.10, §5.11; OpenAPI
// getBacklinksRefdomains / getBacklinksAnchors, and their POST forms with a JSON body): one
// target, `order_by` from the documented enum (descending), `limit` 1–10,000 (default 100).
// Rows come from refdomains-anchors.ts, i.e. from the same backlink rows /all and /raw serve.
// Billed per row returned: the reference gives no figure (data-v1-prices.ts says why).
import { z } from "zod";
import { anchorsFor, refdomainsFor } from "../refdomains-anchors";
import { modeParam, targetParam } from "./data-v1-params";
import { priceOf } from "./data-v1-prices";
import { parseOr400, queryObject } from "./provider-v3-params";
import type { Route, RouteContext } from "./types";

export const MAX_REFDOMAINS_LIMIT = 10_000;

const common = {
  target: targetParam,
  mode: modeParam,
  limit: z.coerce.number().int().min(1).max(MAX_REFDOMAINS_LIMIT).default(100),
};

const refdomainsInput = z.object({
  ...common,
  order_by: z.enum(["date_found", "domain_inlink_rank", "inlink_rank"]).default("date_found"),
});

const anchorsInput = z.object({
  ...common,
  order_by: z.enum(["backlinks", "refdomains"]).default("backlinks"),
});

/** GET reads the query; POST the JSON body (`apikey`/`output` stay in the query, reference §1). */
const input = (ctx: RouteContext, post: boolean): unknown =>
  post ? (ctx.json() ?? {}) : queryObject(ctx.query);

function refdomains(ctx: RouteContext, post: boolean) {
  const q = parseOr400(refdomainsInput, input(ctx, post));
  const rows = refdomainsFor(q.target, { orderBy: q.order_by, limit: q.limit });
  return {
    body: { refdomains: rows },
    cost: priceOf("/v1/backlinks/refdomains", { records: rows.length }),
  };
}

function anchors(ctx: RouteContext, post: boolean) {
  const q = parseOr400(anchorsInput, input(ctx, post));
  const rows = anchorsFor(q.target, { orderBy: q.order_by, limit: q.limit });
  return {
    body: { anchors: rows },
    cost: priceOf("/v1/backlinks/anchors", { records: rows.length }),
  };
}

export const refdomainsRoutes: readonly Route[] = [
  { method: "GET", path: "/v1/backlinks/refdomains", handle: (ctx) => refdomains(ctx, false) },
  { method: "POST", path: "/v1/backlinks/refdomains", handle: (ctx) => refdomains(ctx, true) },
  { method: "GET", path: "/v1/backlinks/anchors", handle: (ctx) => anchors(ctx, false) },
  { method: "POST", path: "/v1/backlinks/anchors", handle: (ctx) => anchors(ctx, true) },
];
