// The Data API's new/lost operations. Replies: /history's `new_lost_backlinks` rows are
// established (reference §5.8); /refdomains/history's reply is not (§5.10), so its rows are read
// leniently: `refdomain` (or `domain`), a date and a type, the rank when present.
import { z } from "zod";
import { SERankingError } from "../errors";
import type { BacklinkChange, HistoryQuery, RefdomainChange } from "../history";
import { backlinkSchema } from "./data-v1-schemas";
import type { Operation } from "./dialect";

const type = z.enum(["new", "lost"]);

// The reference's row (§5.8) has no last_visited: the change's own date stands in for it.
const changeSchema = backlinkSchema.omit({ last_visited: true }).extend({
  new_lost_date: z.string(),
  new_lost_type: type,
  reason_lost: z.string().nullish(),
});

const refdomainChangeSchema = z
  .object({
    new_lost_date: z.string().optional(),
    date: z.string().optional(),
    new_lost_type: type,
    refdomain: z.string().optional(),
    domain: z.string().optional(),
    domain_inlink_rank: z.number().nullish(),
  })
  .refine((r) => (r.refdomain ?? r.domain) && (r.new_lost_date ?? r.date), "no domain or date");

function historyParams(q: HistoryQuery): Record<string, string | number> {
  return {
    target: q.domain,
    mode: "domain",
    new_lost_type: q.type,
    date_from: q.dateFrom,
    date_to: q.dateTo,
    limit: q.limit,
  };
}

export const backlinksHistoryOp: Operation<HistoryQuery, BacklinkChange[]> = {
  build: (q) => ({ method: "GET", path: "/v1/backlinks/history", query: historyParams(q) }),
  reply: () =>
    z.object({ new_lost_backlinks: z.array(changeSchema) }).transform((r) =>
      r.new_lost_backlinks.map((b) => ({
        sourceUrl: b.url_from,
        targetUrl: b.url_to,
        anchorText: b.anchor ?? "",
        trustFlow: null,
        citationFlow: null,
        domainInlinkRank: b.domain_inlink_rank,
        inlinkRank: b.inlink_rank,
        isNoFollow: b.nofollow,
        firstSeen: b.first_seen,
        lastSeen: b.new_lost_date,
        type: b.new_lost_type,
        date: b.new_lost_date,
        reasonLost: b.reason_lost ?? null,
      })),
    ),
};

export const refdomainsHistoryOp: Operation<HistoryQuery, RefdomainChange[]> = {
  build: (q) => ({
    method: "GET",
    path: "/v1/backlinks/refdomains/history",
    query: historyParams(q),
  }),
  reply: () =>
    z
      .object({
        new_lost_refdomains: z.array(refdomainChangeSchema).optional(),
        refdomains: z.array(refdomainChangeSchema).optional(),
      })
      .transform((r, ctx) => {
        const rows = r.new_lost_refdomains ?? r.refdomains;
        if (!rows) {
          ctx.addIssue({ code: "custom", message: "no new_lost_refdomains list" });
          return z.NEVER;
        }
        return rows.map((d) => ({
          type: d.new_lost_type,
          date: (d.new_lost_date ?? d.date)!,
          domain: (d.refdomain ?? d.domain)!,
          domainInlinkRank: d.domain_inlink_rank ?? null,
        }));
      }),
};

/** Thrown by the client when a dialect has no history endpoint (provider-v3: diff snapshots). */
export const noHistory = (dialectId: string) =>
  new SERankingError("bad_request", `The ${dialectId} API has no new/lost history`);
