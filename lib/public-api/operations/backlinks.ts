// A domain's backlinks through the public API: the summary and the list, from the same cache
// as the app's pages (a repeated read costs no credits).
// Server-only: the full zod (the browser bundle never sees the public API schemas).
import { z } from "zod";
import { BACKLINK_SORTS, domainSchema, PAGE_SIZES } from "@/lib/validations/backlinks";
import { operation } from "../operation";
import { isoDateTime } from "../schemas";

const authority = {
  trustFlow: z.number().nullable(),
  citationFlow: z.number().nullable(),
  domainInlinkRank: z.number().nullable(),
  inlinkRank: z.number().nullable(),
};

const freshness = {
  fetchedAt: isoDateTime(),
  fromCache: z.boolean(),
};

export const backlinkSchema = z.object({
  sourceUrl: z.string(),
  targetUrl: z.string(),
  anchorText: z.string(),
  nofollow: z.boolean(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  ...authority,
});

export const summary = operation({
  id: "getBacklinkSummary",
  method: "GET",
  path: "/api/v1/backlinks/summary",
  summary: "A domain's backlink summary: counts and authority",
  tag: "Backlinks",
  scope: "read",
  query: z.object({ domain: domainSchema }),
  response: z.object({
    summary: z.object({
      domain: z.string(),
      totalBacklinks: z.number().int(),
      referringDomains: z.number().int(),
      referringIps: z.number().int(),
      dofollowLinks: z.number().int(),
      nofollowLinks: z.number().int(),
      ...authority,
    }),
    ...freshness,
  }),
});

export const list = operation({
  id: "listBacklinks",
  method: "GET",
  path: "/api/v1/backlinks",
  summary: "A domain's backlinks, page by page, in SE Ranking's order (the last page is short)",
  tag: "Backlinks",
  scope: "read",
  query: z.object({
    domain: domainSchema,
    sort: z
      .enum(BACKLINK_SORTS, `sort must be one of: ${BACKLINK_SORTS.join(", ")}`)
      .default("trust_flow"),
    dofollow: z.enum(["true", "false"], 'dofollow must be "true" or "false"').default("false"),
    limit: z.coerce
      .number("limit must be a number")
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), {
        message: `limit must be one of ${PAGE_SIZES.join(", ")}`,
      })
      .default(100),
    cursor: z.string().max(64, "cursor is not one this API returned").optional(),
  }),
  response: z.object({
    data: z.array(backlinkSchema),
    nextCursor: z.string().nullable(),
    ...freshness,
  }),
});

export const BACKLINK_OPERATIONS = [summary, list];
