// Bulk metrics on the Data API need two calls per batch of ≤100 domains (seranking-data-api-v1.md
// §5.2, §5.4): /v1/backlinks/metrics gives counts only (no InLink Rank), and
// /v1/backlinks/authority gives Domain InLink Rank (DT) and InLink Rank (PT). The client sends
// both for each batch and joins them by domain; neither number is ever guessed.
import { normalizeDomain } from "../domain";
import type { BacklinksMetricsRow } from "../types";
import { authorityReplySchema, metricsReplySchema } from "./data-v1-schemas";
import type { AuthorityRow, Operation } from "./dialect";

/** Counts of one domain from /metrics: DT/PT stay null until /authority fills them. */
export const metricsOp: Operation<string[], BacklinksMetricsRow[]> = {
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
        domainInlinkRank: null,
        inlinkRank: null,
        referringDomains: m.refdomains,
        totalBacklinks: m.backlinks,
      })),
    ),
};

/** DT/PT of each domain. /authority takes no `mode` (OpenAPI): the target alone decides. */
export const authorityOp: Operation<string[], AuthorityRow[]> = {
  build: (domains) => ({
    method: "POST",
    path: "/v1/backlinks/authority",
    body: { target: domains },
  }),
  reply: () =>
    authorityReplySchema.transform((r) =>
      r.pages.flatMap((p) => {
        // Rows come back keyed by URL ("https://x.com/"): the domain is what the caller sent.
        const n = normalizeDomain(p.url);
        return n.ok
          ? [
              {
                domain: n.domain,
                domainInlinkRank: p.domain_inlink_rank,
                inlinkRank: p.inlink_rank,
              },
            ]
          : [];
      }),
    ),
};

/**
 * Joins counts and ranks by normalised domain. A domain without both is left out, so the batch
 * runner fails it (with the reason) instead of storing a row whose DT/PT look like zero links.
 */
export function joinAuthority(
  counts: readonly BacklinksMetricsRow[],
  ranks: readonly AuthorityRow[],
): BacklinksMetricsRow[] {
  const byDomain = new Map(ranks.map((r) => [r.domain, r]));
  return counts.flatMap((row) => {
    const n = normalizeDomain(row.domain);
    const rank = n.ok ? byDomain.get(n.domain) : undefined;
    if (!rank) return [];
    return [{ ...row, domainInlinkRank: rank.domainInlinkRank, inlinkRank: rank.inlinkRank }];
  });
}
