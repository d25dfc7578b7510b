// SE Ranking's public Data API (seranking-data-api-v1.md): api.seranking.com/v1, `Token` auth,
// `target` + `mode=domain`, and Domain InLink Rank / InLink Rank (DT / PT) instead of Trust
// Flow / Citation Flow. Rows carry DT/PT and null TF/CF: nothing is relabelled or invented.
import { SERankingError } from "../errors";
import { inlinkRankStrategy } from "../metric-strategy";
import { type BacklinkRow, type BacklinksSortBy, DATABASE_MONTHLY } from "../types";
import { backlinksHistoryOp, refdomainsHistoryOp } from "./data-v1-history";
import { dataV1KeywordRankings } from "./data-v1-keywords";
import { SUPPORTED_LOCATIONS, sourceForLocation } from "./data-v1-locations";
import { authorityOp, joinAuthority, metricsOp } from "./data-v1-metrics";
import { anchorsOp, refdomainsOp } from "./data-v1-refdomains";
import {
  backlinksReplySchema,
  isTrialSubscription,
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
  type Operation,
  type RawBacklinksPage,
  type RawBacklinksQuery,
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

/** /v1/backlinks/all: the API filters nofollow itself here (`nofollow_filter` is listed). */
function listQuery(q: BacklinksQuery, limit: number): Record<string, string | number> {
  return {
    ...rawQuery(q, limit),
    ...(q.doFollowOnly && { nofollow_filter: "dofollow_only" }),
  };
}

/** /v1/backlinks/raw takes no filter at all (OpenAPI): dofollow rows are picked by the caller. */
function rawQuery(
  q: Pick<BacklinksQuery, "domain" | "sortBy">,
  limit: number,
  cursor?: string,
): Record<string, string | number> {
  return {
    target: q.domain,
    mode: "domain",
    limit,
    order_by: ORDER_BY[q.sortBy],
    ...(cursor && { next: cursor }),
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

/** One cursor step of /v1/backlinks/raw; the reference names no page size, so none is assumed. */
const rawOp: Operation<RawBacklinksQuery, RawBacklinksPage> = {
  build: (q) => ({
    method: "GET",
    path: "/v1/backlinks/raw",
    query: rawQuery(q, q.limit, q.cursor),
  }),
  reply: () =>
    rawReplySchema.transform((r) => ({ rows: r.backlinks.map(toRow), next: r.next ?? null })),
};

export const dataV1: Dialect = {
  id: "data-v1",
  defaultBaseUrl: "https://api.seranking.com",
  keywordTargetProblem,
  positionsMeaning: DATABASE_MONTHLY,
  metricLabels: inlinkRankStrategy.labels,
  metricStrategy: inlinkRankStrategy,
  maxMetricsBatch: 100,
  // seranking-data-api-v1.md §4. summary 100/target and the account calls' 0 are documented
  // [C2]; list rows are billed per record [SK]. /metrics, /authority and /raw have no published
  // figure: 1 per target / per record is assumed (the simulator charges the same from its own
  // table). /refdomains and /anchors are "not established" too: the closest documented rule is
  // /all's per record [SK], so they are billed per row returned at the backlinkRow price.
  // Estimates are an upper bound only as good as these assumptions.
  prices: { summary: 100, metrics: 1, authority: 1, backlinkRow: 1, account: 0 },
  rateLimitPerSecond: 10,
  // "Trial accounts: Data API 1 rps" (SE Ranking's rate-limit page).
  trialRateLimitPerSecond: 1,

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
    // deeper pages follow the raw export's `next` cursor until the page is reached. This
    // stateless path re-pays earlier rows; the app walks /raw once and stores the rows instead
    // (lib/services/backlinks/stored-walk.ts), which is what the product uses.
    async run(q, send) {
      const want = q.offset + q.limit;
      if (want <= ALL_MAX_LIMIT) return send(this.build(q), this.reply(q));
      const rows: BacklinkRow[] = [];
      let cursor: string | undefined;
      const seen = new Set<string>();
      while (rows.length < want) {
        const step = { ...q, limit: ALL_MAX_LIMIT, cursor };
        const page = await send(rawOp.build(step), rawOp.reply(step));
        rows.push(...page.rows.filter((r) => !q.doFollowOnly || !r.isNoFollow));
        if (!page.next || page.rows.length === 0) break;
        if (seen.has(page.next)) throw badResponse("the raw cursor does not advance");
        seen.add(page.next);
        cursor = page.next;
      }
      return rows.slice(q.offset, want);
    },
  },

  backlinksRaw: rawOp,
  backlinksHistory: backlinksHistoryOp,
  refdomainsHistory: refdomainsHistoryOp,

  backlinksMetrics: metricsOp,
  backlinksAuthority: authorityOp,
  joinAuthority,

  refdomains: refdomainsOp,
  anchors: anchorsOp,

  keywordRankings: dataV1KeywordRankings(validateKeywordTarget),

  account: {
    build: () => ({ method: "GET", path: "/v1/account/subscription" }),
    reply: () =>
      subscriptionReplySchema.transform(({ subscription_info: s }) => {
        const trial = isTrialSubscription(s);
        // A trial that is running reports itself active; "trial" as the status is read as such.
        if (s.status !== "active" && !(trial && /trial/i.test(s.status))) {
          return {
            ok: false as const,
            reason: `SE Ranking verification failed — the Data API subscription is ${s.status}`,
          };
        }
        return {
          ok: true as const,
          account: {
            plan: trial ? "Data API (trial)" : "Data API",
            status: s.status,
            ...(s.units_left !== undefined && { creditsLeft: s.units_left }),
            ...(s.units_limit !== undefined && { creditsLimit: s.units_limit }),
            ...((s.expiraton_date ?? s.expiration_date) && {
              expiresAt: s.expiraton_date ?? s.expiration_date,
            }),
            ...(trial && { trial: true }),
          },
        };
      }),
  },
};
