// The provider spec's wire format, to the letter: api4.seranking.com, `Token <key>` auth,
// trailing-slash paths, snake_case fields with Majestic's Trust Flow / Citation Flow.
import { z } from "zod";
import { tfCfStrategy } from "../metric-strategy";
import { type AccountInfo, TRACKED_DAILY } from "../types";
import { type AccountCheck, type Dialect, tokenHeaders } from "./dialect";

const count = z.number().min(0);
const flow = z.number().min(0);

const summarySchema = z.object({
  total_backlinks: count,
  referring_domains: count,
  referring_ips: count,
  trust_flow: flow,
  citation_flow: flow,
  domain_trust_score: z.number(),
  nofollow_backlinks: count,
  dofollow_backlinks: count,
});

const backlinkSchema = z.object({
  source_url: z.string(),
  target_url: z.string(),
  anchor_text: z.string(),
  trust_flow: flow,
  citation_flow: flow,
  nofollow: z.boolean(),
  first_seen: z.string(),
  last_seen: z.string(),
});

// The spec reads `backlinks ?? []`: a reply without the list means "no backlinks".
const backlinksSchema = z.object({ backlinks: z.array(backlinkSchema).optional() });

const metricsRowSchema = z.object({
  domain: z.string(),
  trust_flow: flow,
  citation_flow: flow,
  referring_domains: count,
  total_backlinks: count,
});

const keywordRowSchema = z.object({
  keyword: z.string(),
  // Present and null when unranked; a missing position is ambiguous, so it is rejected.
  position: z.number().nullable(),
  url: z.string().nullish(),
  volume: z.number().nullish(),
});

// The account reply's shape beyond `email` is not in the spec: extras are read when their type
// fits and ignored otherwise, so they can never fail verify().
const optionalString = z.string().optional().catch(undefined);
const optionalNumber = z.number().optional().catch(undefined);
const accountSchema = z.looseObject({
  email: z.string().optional(),
  name: optionalString,
  first_name: optionalString,
  last_name: optionalString,
  plan: optionalString,
  tariff: optionalString,
  status: optionalString,
  balance: optionalNumber,
  units_left: optionalNumber,
  units_limit: optionalNumber,
  credits_left: optionalNumber,
  credits_limit: optionalNumber,
  expiration_date: optionalString,
});

function toAccountCheck(a: z.infer<typeof accountSchema>): AccountCheck {
  if (!a.email) {
    return {
      ok: false,
      reason:
        "SE Ranking verification failed — the account reply has no email, so the key is not valid",
    };
  }
  const name = a.name ?? ([a.first_name, a.last_name].filter(Boolean).join(" ") || undefined);
  const account: AccountInfo = { email: a.email };
  if (name) account.name = name;
  if (a.plan ?? a.tariff) account.plan = a.plan ?? a.tariff;
  if (a.status) account.status = a.status;
  const left = a.units_left ?? a.credits_left ?? a.balance;
  if (left !== undefined) account.creditsLeft = left;
  const limit = a.units_limit ?? a.credits_limit;
  if (limit !== undefined) account.creditsLimit = limit;
  if (a.expiration_date) account.expiresAt = a.expiration_date;
  return { ok: true, account };
}

export const providerV3: Dialect = {
  id: "provider-v3",
  defaultBaseUrl: "https://api4.seranking.com",
  positionsMeaning: TRACKED_DAILY,
  metricLabels: tfCfStrategy.labels,
  metricStrategy: tfCfStrategy,
  maxMetricsBatch: 100,
  // The provider contract names no prices: these are the simulator's (summary flat, one credit
  // per domain or row), kept so estimates and usage read the same on both APIs.
  prices: { summary: 100, metrics: 1, authority: 0, backlinkRow: 1, account: 0 },
  rateLimitPerSecond: 10,

  headers: tokenHeaders,

  backlinksSummary: {
    build: (domain) => ({
      method: "GET",
      path: "/research/backlinks/summary/",
      query: { domain, domain_type: "domain" },
    }),
    reply: (domain) =>
      summarySchema.transform((r) => ({
        domain,
        totalBacklinks: r.total_backlinks,
        referringDomains: r.referring_domains,
        referringIPs: r.referring_ips,
        trustFlow: r.trust_flow,
        citationFlow: r.citation_flow,
        domainScore: r.domain_trust_score,
        noFollowLinks: r.nofollow_backlinks,
        doFollowLinks: r.dofollow_backlinks,
      })),
  },

  backlinks: {
    build: (q) => ({
      method: "GET",
      path: "/research/backlinks/",
      query: {
        domain: q.domain,
        domain_type: "domain",
        limit: q.limit,
        offset: q.offset,
        sort_by: q.sortBy,
        filter_dofollow: q.doFollowOnly ? 1 : 0,
      },
    }),
    reply: () =>
      backlinksSchema.transform((r) =>
        (r.backlinks ?? []).map((b) => ({
          sourceUrl: b.source_url,
          targetUrl: b.target_url,
          anchorText: b.anchor_text,
          trustFlow: b.trust_flow,
          citationFlow: b.citation_flow,
          isNoFollow: b.nofollow,
          firstSeen: b.first_seen,
          lastSeen: b.last_seen,
        })),
      ),
  },

  backlinksMetrics: {
    build: (domains) => ({
      method: "POST",
      path: "/research/backlinks/metrics/",
      body: { domains },
    }),
    reply: () =>
      z.array(metricsRowSchema).transform((rows) =>
        rows.map((r) => ({
          domain: r.domain,
          trustFlow: r.trust_flow,
          citationFlow: r.citation_flow,
          referringDomains: r.referring_domains,
          totalBacklinks: r.total_backlinks,
        })),
      ),
  },

  keywordRankings: {
    build: (q) => ({
      method: "POST",
      path: "/keywords/check/",
      body: {
        domain: q.domain,
        keywords: q.keywords,
        search_engine: q.searchEngine,
        location_name: q.location,
      },
    }),
    reply: () =>
      z.array(keywordRowSchema).transform((rows) =>
        rows.map((r) => ({
          keyword: r.keyword,
          position: r.position,
          url: r.url ?? null,
          volume: r.volume ?? null,
        })),
      ),
  },

  account: {
    build: () => ({ method: "GET", path: "/system/account/" }),
    reply: () => accountSchema.transform(toAccountCheck),
  },
};
