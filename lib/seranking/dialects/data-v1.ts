// SE Ranking's public Data API (seranking-data-api-v1.md): api.seranking.com/v1, `Token` auth,
// `target` + `mode=domain`, and Domain InLink Rank / InLink Rank (DT / PT) instead of Trust
// Flow / Citation Flow. Rows carry DT/PT and null TF/CF: nothing is relabelled or invented.
import { SERankingError } from "../errors";
import { type BacklinkRow, type BacklinksSortBy, DATABASE_MONTHLY } from "../types";
import { dataV1KeywordRankings } from "./data-v1-keywords";
import { SUPPORTED_LOCATIONS, sourceForLocation } from "./data-v1-locations";
import {
  backlinksReplySchema,
  metricsReplySchema,
  rawReplySchema,
  subscriptionReplySchema,
  summaryReplySchema,
  type WireBacklink,
} from "./data-v1-schemas";
import {
  type BacklinksQuery,
  type Dialect,
  type KeywordRankingsQuery,
  type KeywordTargetProblem,
  tokenHeaders,
} from "./dialect";

/** /v1/backlinks/all serves at most this many rows; deeper pages walk /v1/backlinks/raw. */
export const ALL_MAX_LIMIT = 10_000;
const ORDER_BY: Record<BacklinksSortBy, string> = {
  trust_flow: "domain_inlink_rank",
  citation_flow: "inlink_rank",
  first_seen: "date_found",
};

function toRow(b: WireBacklink): BacklinkRow {
  return {
    sourceUrl: b.url_from,
    targetUrl: b.url_to,
    anchorText: b.anchor ?? "",
    trustFlow: null,
    citationFlow: null,
    domainInlinkRank: b.domain_inlink_rank,
    inlinkRank: b.inlink_rank,
    isNoFollow: b.nofollow,
    firstSeen: b.first_seen,
    lastSeen: b.last_visited,
  };
}

function listQuery(q: BacklinksQuery, limit: number): Record<string, string | number> {
  return {
    target: q.domain,
    mode: "domain",
    limit,
    order_by: ORDER_BY[q.sortBy],
    ...(q.doFollowOnly && { nofollow_filter: "dofollow_only" }),
  };
}

/** The API may echo a target with a scheme, www. or a trailing slash. */
const bareTarget = (t: string) =>
  t
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
const sameTarget = (a: string, b: string) => bareTarget(a) === bareTarget(b);

const badRequest = (message: string) => new SERankingError("bad_request", message);
const badResponse = (message: string) =>
  new SERankingError("bad_response", `SE Ranking sent an unexpected reply: ${message}`);

function keywordTargetProblem(
  q: Pick<KeywordRankingsQuery, "searchEngine" | "location">,
): KeywordTargetProblem | null {
  if (q.searchEngine !== "google") {
    return {
      field: "searchEngine",
      message: `The SE Ranking Data API only has Google positions; "${q.searchEngine}" is not supported with this key`,
    };
  }
  if (!sourceForLocation(q.location)) {
    return {
      field: "location",
      message: `The SE Ranking Data API has no keyword database for "${q.location}"; use a country: ${SUPPORTED_LOCATIONS.join(", ")}`,
    };
  }
  return null;
}

function validateKeywordTarget(q: KeywordRankingsQuery): void {
  const problem = keywordTargetProblem(q);
  if (problem) throw badRequest(problem.message);
}

export const dataV1: Dialect = {
  id: "data-v1",
  defaultBaseUrl: "https://api.seranking.com",
  keywordTargetProblem,
  positionsMeaning: DATABASE_MONTHLY,
  metricLabels: {
    set: "inlink_rank",
    trust: "Domain Trust",
    citation: "Page Trust",
    trustShort: "DT",
    citationShort: "PT",
  },
  maxMetricsBatch: 100,
  rateLimitPerSecond: 10,

  headers: tokenHeaders,

  backlinksSummary: {
    build: (domain) => ({
      method: "GET",
      path: "/v1/backlinks/summary",
      query: { target: domain, mode: "domain" },
    }),
    reply: (domain) =>
      summaryReplySchema.transform((r, ctx) => {
        // Only the entry for this domain: another target's numbers must never stand in for it.
        const s = r.summary.find((e) => sameTarget(e.target, domain));
        if (!s) {
          ctx.addIssue({ code: "custom", message: `no summary for ${domain}`, path: ["summary"] });
          return undefined as never;
        }
        return {
          domain,
          totalBacklinks: s.backlinks,
          referringDomains: s.refdomains,
          referringIPs: s.ips,
          trustFlow: null,
          citationFlow: null,
          domainInlinkRank: s.domain_inlink_rank,
          inlinkRank: s.inlink_rank,
          // SE Ranking's own domain score is its Domain Trust.
          domainScore: s.domain_inlink_rank,
          noFollowLinks: s.nofollow_backlinks,
          doFollowLinks: s.dofollow_backlinks,
        };
      }),
  },

  backlinks: {
    build: (q) => ({
      method: "GET",
      path: "/v1/backlinks/all",
      query: listQuery(q, q.offset + q.limit),
    }),
    reply: (q) =>
      backlinksReplySchema.transform((r) =>
        r.backlinks.slice(q.offset, q.offset + q.limit).map(toRow),
      ),
    // No offset in this API: a page within the first 10,000 rows is cut from one /all call;
    // deeper pages follow the raw export's `next` cursor until the page is reached.
    async run(q, send) {
      const want = q.offset + q.limit;
      if (want <= ALL_MAX_LIMIT) return send(this.build(q), this.reply(q));
      const rows: WireBacklink[] = [];
      let cursor: string | null | undefined;
      // The raw export's page size is not documented, so progress is judged by the cursor alone.
      const seen = new Set<string>();
      while (rows.length < want) {
        const query = { ...listQuery(q, ALL_MAX_LIMIT), ...(cursor && { next: cursor }) };
        const page = await send(
          { method: "GET", path: "/v1/backlinks/raw", query },
          rawReplySchema,
        );
        rows.push(...page.backlinks);
        cursor = page.next;
        if (!cursor || page.backlinks.length === 0) break;
        if (seen.has(cursor)) throw badResponse("the raw cursor does not advance");
        seen.add(cursor);
      }
      return rows.slice(q.offset, want).map(toRow);
    },
  },

  backlinksMetrics: {
    build: (domains) => ({
      method: "POST",
      path: "/v1/backlinks/metrics",
      body: { target: domains, mode: "domain" },
    }),
    reply: () =>
      metricsReplySchema.transform((r) =>
        r.metrics.map((m) => ({
          domain: m.target,
          trustFlow: null,
          citationFlow: null,
          domainInlinkRank: m.domain_inlink_rank ?? null,
          inlinkRank: m.inlink_rank ?? null,
          referringDomains: m.refdomains,
          totalBacklinks: m.backlinks,
        })),
      ),
  },

  keywordRankings: dataV1KeywordRankings(validateKeywordTarget),

  account: {
    build: () => ({ method: "GET", path: "/v1/account/subscription" }),
    reply: () =>
      subscriptionReplySchema.transform(({ subscription_info: s }) => {
        if (s.status !== "active") {
          return {
            ok: false as const,
            reason: `SE Ranking verification failed — the Data API subscription is ${s.status}`,
          };
        }
        return {
          ok: true as const,
          account: {
            plan: "Data API",
            status: s.status,
            ...(s.units_left !== undefined && { creditsLeft: s.units_left }),
            ...(s.units_limit !== undefined && { creditsLimit: s.units_limit }),
            ...(s.expiration_date && { expiresAt: s.expiration_date }),
          },
        };
      }),
  },
};
