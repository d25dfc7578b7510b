// The Data API's new/lost endpoints (reference §5.8 and §5.10) over the churn model: what was
// found and lost between date_from and date_to, never past the day the lists are served at
// (so history and lists agree: the unpinned simulator serves the base snapshot and has no history).
import { z } from "zod";
import { CHURN_BASE_DATE } from "../backlink-churn";
import { backlinkHistoryFor, refdomainHistoryFor } from "../backlink-history";
import { isIsoDate } from "../clock";
import { isPlausibleDomain, normalizeDomain } from "../domain-name";
import { MAX_ALL_LIMIT } from "./data-v1-params";
import { priceOf } from "./data-v1-prices";
import { parseOr400, queryObject } from "./provider-v3-params";
import type { Route, RouteContext } from "./types";

const date = z.string().refine(isIsoDate, "must be a date YYYY-MM-DD");

const historyQuery = z.object({
  target: z
    .string()
    .trim()
    .min(1, "is required")
    .refine((d) => isPlausibleDomain(normalizeDomain(d)), "is not a valid domain, host or URL"),
  mode: z.enum(["domain", "host", "url"]).default("host"),
  // Optional enums sent empty are refused, as the API does (reference §1).
  new_lost_type: z.enum(["new", "lost"]).optional(),
  date_from: date.optional(),
  date_to: date.optional(),
  order_by: z.enum(["new_lost_date", "domain_inlink_rank", "inlink_rank"]).default("new_lost_date"),
  limit: z.coerce.number().int().min(1).max(MAX_ALL_LIMIT).default(100),
  link_type: z.enum(["href", "redirect"]).optional(),
  anchor_type: z.enum(["text", "image", "undefined"]).optional(),
  dofollow: z.enum(["dofollow", "nofollow", "undefined"]).optional(),
  url_from: z.string().optional(),
});

const dayBefore = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Defaults yesterday → today (MCP); the end never passes the day lists are served at. */
function window(ctx: RouteContext, q: z.infer<typeof historyQuery>) {
  const served = ctx.backlinksDate ?? CHURN_BASE_DATE;
  const dateTo = q.date_to ?? ctx.today;
  return {
    type: q.new_lost_type,
    dateFrom: q.date_from ?? dayBefore(ctx.today),
    // ISO days order as strings: the earlier of the two.
    dateTo: [dateTo, served].sort()[0]!,
    orderBy: q.order_by,
  };
}

const backlinksHistory: Route = {
  method: "GET",
  path: "/v1/backlinks/history",
  handle(ctx) {
    const q = parseOr400(historyQuery, queryObject(ctx.query));
    // The whole window is found, then filtered: limits apply after the filters, as on /all.
    let rows = backlinkHistoryFor(q.target, { ...window(ctx, q), limit: Number.MAX_SAFE_INTEGER });
    if (q.dofollow === "dofollow") rows = rows.filter((r) => !r.nofollow);
    if (q.dofollow === "nofollow") rows = rows.filter((r) => r.nofollow);
    if (q.link_type === "redirect" || q.anchor_type === "image") rows = [];
    if (q.url_from) rows = rows.filter((r) => r.url_from.includes(q.url_from!));
    const body = rows.slice(0, q.limit);
    return {
      body: { new_lost_backlinks: body },
      cost: priceOf("/v1/backlinks/history", { records: body.length }),
    };
  },
};

const refdomainsHistoryQuery = historyQuery.pick({
  target: true,
  mode: true,
  new_lost_type: true,
  date_from: true,
  date_to: true,
  order_by: true,
  limit: true,
});

const refdomainsHistory: Route = {
  method: "GET",
  path: "/v1/backlinks/refdomains/history",
  handle(ctx) {
    const q = historyQuery.parse({
      ...parseOr400(refdomainsHistoryQuery, queryObject(ctx.query)),
    });
    const body = refdomainHistoryFor(q.target, { ...window(ctx, q), limit: q.limit });
    return {
      // The reply's shape is not established (reference §5.10): wrapped like its siblings.
      body: { new_lost_refdomains: body },
      cost: priceOf("/v1/backlinks/refdomains/history", { records: body.length }),
    };
  },
};

export const dataV1HistoryRoutes: readonly Route[] = [backlinksHistory, refdomainsHistory];
