// Reply schemas of SE Ranking's public Data API (seranking-data-api-v1.md). Shapes marked [I] in
// the spec (metrics wrapper, backlink rows, raw cursor) are validated strictly: a reply that does
// not fit fails as bad_response instead of being guessed into a number on screen.
import { z } from "zod";

const count = z.number().int().min(0);
/** Domain InLink Rank / InLink Rank: 0–100, logarithmic. */
const rank = z.number().min(0).max(100);

export const summaryEntrySchema = z.object({
  target: z.string(),
  backlinks: count,
  refdomains: count,
  ips: count,
  dofollow_backlinks: count,
  nofollow_backlinks: count,
  inlink_rank: rank,
  domain_inlink_rank: rank,
});

export const summaryReplySchema = z.object({ summary: z.array(summaryEntrySchema) });

export const backlinkSchema = z.object({
  url_from: z.string(),
  url_to: z.string(),
  anchor: z.string().nullable(),
  nofollow: z.boolean(),
  inlink_rank: rank,
  domain_inlink_rank: rank,
  first_seen: z.string(),
  last_visited: z.string(),
});

export const backlinksReplySchema = z.object({ backlinks: z.array(backlinkSchema) });

// /v1/backlinks/raw: a page of rows and the cursor of the next one. The reference (§5.6) does
// not establish the reply field carrying the cursor: `next` (by symmetry with the request
// parameter) is read first, then `next_cursor` / `cursor`; absent, null or "" = the last page.
export const rawReplySchema = z
  .object({
    backlinks: z.array(backlinkSchema),
    next: z.string().nullish(),
    next_cursor: z.string().nullish(),
    cursor: z.string().nullish(),
  })
  .transform((r) => ({
    backlinks: r.backlinks,
    next: r.next || r.next_cursor || r.cursor || null,
  }));

// Counts only: /metrics carries no InLink Rank (spec §5.2); DT/PT come from /authority.
export const metricsEntrySchema = z.object({
  target: z.string(),
  backlinks: count,
  refdomains: count,
});

export const metricsReplySchema = z.object({ metrics: z.array(metricsEntrySchema) });

/** /v1/backlinks/authority: {"pages":[{"url","inlink_rank","domain_inlink_rank"}]} (spec §5.4). */
export const authorityReplySchema = z.object({
  pages: z.array(z.object({ url: z.string(), inlink_rank: rank, domain_inlink_rank: rank })),
});

export const domainKeywordSchema = z.object({
  keyword: z.string(),
  position: z.number().int().min(1),
  url: z.string().nullish(),
  volume: z.number().nullish(),
});

// The fields are documented, the wrapper is not: a bare list or {keywords: [...]} is accepted.
export const domainKeywordsReplySchema = z.union([
  z.array(domainKeywordSchema),
  z.object({ keywords: z.array(domainKeywordSchema) }).transform((r) => r.keywords),
]);

const optionalNumber = z.number().optional().catch(undefined);
const optionalString = z.string().optional().catch(undefined);

// The live reply spells the expiry `expiraton_date`; the docs' table says `expiration_date`:
// both are read. No trial marker is documented for the Data API; the Project API's account reply
// says `type: "trial"`, so `type`/`plan`/`status` naming a trial (or `is_trial: true`) is read as
// one — tolerant by design, since a missed trial only costs 429s, which are retried.
export const subscriptionReplySchema = z.object({
  subscription_info: z.object({
    status: z.string(),
    units_limit: optionalNumber,
    units_left: optionalNumber,
    expiraton_date: optionalString,
    expiration_date: optionalString,
    type: optionalString,
    plan: optionalString,
    is_trial: z.boolean().optional().catch(undefined),
  }),
});

type SubscriptionInfo = z.infer<typeof subscriptionReplySchema>["subscription_info"];

export function isTrialSubscription(s: SubscriptionInfo): boolean {
  if (s.is_trial === true) return true;
  return [s.type, s.plan, s.status].some((v) => v !== undefined && /trial/i.test(v));
}

export type WireBacklink = z.infer<typeof backlinkSchema>;
