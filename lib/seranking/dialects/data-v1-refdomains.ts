// Referring domains and anchors of one target on the Data API (seranking-data-api-v1.md §5.10,
// §5.11; OpenAPI getBacklinksRefdomains / getBacklinksAnchors): GET with target, mode, order_by
// and limit (1–10,000) only. Replies are wrapped ({"refdomains":[…]}, {"anchors":[…]}); the row
// fields are the reference's: a reply that does not fit fails as bad_response, nothing guessed.
import { z } from "zod";
import type { AnchorRow, AnchorsOrder, RefdomainRow, RefdomainsOrder } from "../types";
import type { AnchorsQuery, Operation, RefdomainsQuery } from "./dialect";

/** Both endpoints serve at most this many rows per call (OpenAPI / reference). */
export const REFDOMAINS_MAX_LIMIT = 10_000;
export const REFDOMAINS_ORDERS: readonly RefdomainsOrder[] = [
  "date_found",
  "domain_inlink_rank",
  "inlink_rank",
];
export const ANCHORS_ORDERS: readonly AnchorsOrder[] = ["backlinks", "refdomains"];

const count = z.number().int().min(0);

// Rows verbatim from a live run (reference §5.10): refdomain, domain_inlink_rank, backlinks,
// dofollow_backlinks, first_seen. first_seen is read as "YYYY-MM-DD…"; absent or null = unknown.
const refdomainSchema = z.object({
  refdomain: z.string().min(1),
  domain_inlink_rank: z.number().min(0).max(100).nullish(),
  backlinks: count,
  dofollow_backlinks: count,
  first_seen: z.string().nullish(),
});

// Only a third-party fixture shows this row (reference §5.11): dofollow_backlinks is tolerated
// absent; an anchor that is null (image links) is read as "".
const anchorSchema = z.object({
  anchor: z.string().nullable(),
  backlinks: count,
  refdomains: count,
  dofollow_backlinks: count.nullish(),
});

export const refdomainsReplySchema = z.object({ refdomains: z.array(refdomainSchema) });
export const anchorsReplySchema = z.object({ anchors: z.array(anchorSchema) });

const isoDay = (s: string | null | undefined) => {
  const m = s ? /^\d{4}-\d{2}-\d{2}/.exec(s) : null;
  return m ? m[0] : null;
};

export const refdomainsOp: Operation<RefdomainsQuery, RefdomainRow[]> = {
  build: (q) => ({
    method: "GET",
    path: "/v1/backlinks/refdomains",
    query: { target: q.domain, mode: "domain", order_by: q.orderBy, limit: q.limit },
  }),
  reply: () =>
    refdomainsReplySchema.transform((r) =>
      r.refdomains.map((d) => ({
        domain: d.refdomain,
        backlinks: d.backlinks,
        dofollowBacklinks: d.dofollow_backlinks,
        firstSeen: isoDay(d.first_seen),
        authority: d.domain_inlink_rank ?? null,
      })),
    ),
};

export const anchorsOp: Operation<AnchorsQuery, AnchorRow[]> = {
  build: (q) => ({
    method: "GET",
    path: "/v1/backlinks/anchors",
    query: { target: q.domain, mode: "domain", order_by: q.orderBy, limit: q.limit },
  }),
  reply: () =>
    anchorsReplySchema.transform((r) =>
      r.anchors.map((a) => ({
        anchor: a.anchor ?? "",
        backlinks: a.backlinks,
        refdomains: a.refdomains,
        dofollowBacklinks: a.dofollow_backlinks ?? null,
      })),
    ),
};
