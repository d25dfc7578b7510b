// New and lost links and referring domains from the Data API's history endpoints
// (/v1/backlinks/history and /refdomains/history, one call per type). Neither takes an offset
// (reference §5.8, §5.10: `limit` 1–10,000 only), so a reply that fills the limit may have more
// behind it that cannot be paged: the result says so, and the snapshot is stored as incomplete.
import type { ChangeInsert } from "@/lib/db/queries/backlink-monitoring";
import { MAX_HISTORY_LIMIT, type NewLostType } from "@/lib/seranking/history";
import type { TenantClient } from "@/lib/services/seranking/tenant-client";
import { authorityOf, refdomainOf } from "./link-keys";

export type HistoryClient = Pick<TenantClient, "getBacklinksHistory" | "getRefdomainsHistory">;

export interface HistoryChanges {
  changes: ChangeInsert[];
  /** A reply came back full (limit rows): changes beyond it were not returned. */
  incomplete: boolean;
}

export async function historyChanges(
  client: HistoryClient,
  domain: string,
  dateFrom: string,
  dateTo: string,
  limit = MAX_HISTORY_LIMIT,
): Promise<HistoryChanges> {
  const changes: ChangeInsert[] = [];
  let incomplete = false;
  for (const type of ["new", "lost"] as NewLostType[]) {
    const q = { domain, type, dateFrom, dateTo, limit };
    const links = await client.getBacklinksHistory(q);
    if (links.length >= limit) incomplete = true;
    for (const l of links) {
      changes.push({
        kind: "link",
        type,
        date: l.date,
        refdomain: refdomainOf(l.sourceUrl),
        sourceUrl: l.sourceUrl,
        targetUrl: l.targetUrl,
        anchorText: l.anchorText,
        nofollow: l.isNoFollow,
        authority: authorityOf(l),
        reason: type === "lost" ? l.reasonLost : null,
      });
    }
    const domains = await client.getRefdomainsHistory(q);
    if (domains.length >= limit) incomplete = true;
    for (const d of domains) {
      changes.push({
        kind: "refdomain",
        type,
        date: d.date,
        refdomain: d.domain.toLowerCase().replace(/^www\./, ""),
        authority: d.domainInlinkRank,
        reason: null,
      });
    }
  }
  return { changes, incomplete };
}
