// The Data API's replies as the reference document describes them (seranking-data-api-v1.md §5–7),
// written from that document alone: the client's own schemas (lib/seranking/dialects/
// data-v1-schemas.ts) are not imported, so a wrong assumption shared by client and simulator
// cannot hide here. Where the reference lists a reply's fields, the object is strict.
import { z } from "zod";

const count = z.number().int().min(0);
const rank = z.number().int().min(0).max(100);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, "YYYY-MM-DD HH:MM:SS");

/** §5.2: core counts, and no authority ranks ("use summary for those"). */
export const metricsReply = z.strictObject({
  metrics: z.array(
    z.strictObject({
      target: z.string().optional(),
      backlinks: count,
      refdomains: count,
      subnets: count,
      ips: count,
      dofollow_backlinks: count,
      nofollow_backlinks: count,
      edu_backlinks: count,
      gov_backlinks: count,
    }),
  ),
});

/** §5.1: one object per target; the counters seen live, ranks 0–100. */
export const summaryReply = z.strictObject({
  summary: z.array(
    z.looseObject({
      target: z.string(),
      backlinks: count,
      refdomains: count,
      subnets: count,
      ips: count,
      dofollow_backlinks: count,
      nofollow_backlinks: count,
      edu_backlinks: count,
      gov_backlinks: count,
      inlink_rank: rank,
      domain_inlink_rank: rank,
    }),
  ),
});

/** §5.4: {"pages":[{"url","inlink_rank","domain_inlink_rank"}]}. */
export const authorityReply = z.strictObject({
  pages: z.array(
    z.strictObject({ url: z.string().url(), inlink_rank: rank, domain_inlink_rank: rank }),
  ),
});

/** §5.5: the 12 row fields. */
export const backlinkRow = z.strictObject({
  url_from: z.string().url(),
  url_to: z.string().url(),
  title: z.string(),
  anchor: z.string(),
  alt: z.string().nullable(),
  nofollow: z.boolean(),
  image: z.boolean(),
  image_source: z.string().nullable().optional(),
  inlink_rank: rank,
  domain_inlink_rank: rank,
  first_seen: day,
  last_visited: day,
});

export const allReply = z.strictObject({ backlinks: z.array(backlinkRow) });

/** §5.6: rows as /all plus the cursor; its field name is not established (`next` assumed). */
export const rawReply = z.strictObject({
  backlinks: z.array(backlinkRow),
  next: z.string().min(1).nullable(),
});

/** §6.2: a top-level array, no wrapper. */
export const domainKeywordsReply = z.array(
  z.looseObject({
    keyword: z.string(),
    position: z.number().int().min(1),
    volume: z.number().optional(),
    url: z.string().optional(),
  }),
);

/** §7.1, with the live reply's misspelt `expiraton_date`. */
export const subscriptionReply = z.strictObject({
  subscription_info: z.looseObject({
    status: z.enum(["active", "inactive", "expired", "disabled"]),
    start_date: dateTime,
    expiraton_date: dateTime,
    units_limit: count,
    units_left: count,
  }),
});

/** §7.2. */
export const creditBalanceReply = z.strictObject({ limit: count, used: count });

/** §2: {"error":{"code","message","description"}}. */
export const errorEnvelope = z.strictObject({
  error: z.strictObject({ code: z.number().int(), message: z.string(), description: z.string() }),
});

/** §5.10: the live row's five fields. */
export const refdomainsReply = z.strictObject({
  refdomains: z.array(
    z.strictObject({
      refdomain: z.string().min(1),
      domain_inlink_rank: rank,
      backlinks: count,
      dofollow_backlinks: count,
      first_seen: day,
    }),
  ),
});

/** §5.8: the rows the reference lists, `reason_lost` from its enumerated values. */
export const historyReply = z.strictObject({
  new_lost_backlinks: z.array(
    z.strictObject({
      new_lost_date: day,
      new_lost_type: z.enum(["new", "lost"]),
      url_from: z.string(),
      url_to: z.string(),
      title: z.string(),
      anchor: z.string(),
      alt: z.string().nullable(),
      link_type: z.enum(["href", "redirect"]),
      nofollow: z.boolean(),
      image: z.boolean(),
      image_source: z.string().nullable(),
      reason_lost: z
        .enum([
          "page_not_found",
          "crawl_error",
          "page_dropped",
          "redirect",
          "not_canonical",
          "noindex",
          "link_removed",
          "broken_redirect",
          "other",
        ])
        .nullable(),
      inlink_rank: rank,
      domain_inlink_rank: rank,
      first_seen: day,
    }),
  ),
});

/** §5.11 (third-party fixture's fields). */
export const anchorsReply = z.strictObject({
  anchors: z.array(
    z.strictObject({
      anchor: z.string(),
      backlinks: count,
      refdomains: count,
      dofollow_backlinks: count,
    }),
  ),
});
