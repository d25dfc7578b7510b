import "server-only";
import {
  containsFilter,
  dofollowShare,
  pageOf,
  sortAnchors,
  sortRefdomains,
} from "@/lib/backlinks/refdomains-table";
import { type CsvColumn, csvResponse, toCsv } from "@/lib/csv/to-csv";
import type { Db } from "@/lib/db/client";
import type {
  AnchorRow,
  AnchorsOrder,
  MetricLabels,
  RefdomainRow,
  RefdomainsOrder,
} from "@/lib/seranking/types";
import type { AnchorsQuery, RefdomainsQuery } from "@/lib/validations/refdomains";
import {
  type AnchorsReply,
  anchors,
  type RefdomainsReply,
  referringDomains,
} from "./refdomains-service";

// What the Referring domains and Anchors tabs receive: one page of the fetched rows, filtered
// and sorted here, with where they came from (SE Ranking's call, or built from N fetched links)
// and what the authority column is. The CSV is the whole filtered list in the same order.

export interface TabReply<R> {
  rows: R[];
  /** Rows matching the filter (all pages). */
  matched: number;
  /** Rows fetched, before the filter. */
  fetched: number;
  page: number;
  limit: number;
  source: "api" | "aggregated";
  /** Aggregated: the links the rows were built from ("from the N links fetched"). */
  fetchedLinks: number | null;
  /** False when SE Ranking has more than was fetched (see `fetchedBy`). */
  complete: boolean;
  /** When not complete: the order the fetched rows were the top of, in words. */
  fetchedBy: string;
  fetchedAt: string;
  fromCache: boolean;
  metricLabels: MetricLabels;
}

export interface RefdomainsTabReply extends TabReply<RefdomainRow> {
  /** The authority column: its header and what its number is. */
  authority: { header: string; description: string };
}
export type AnchorsTabReply = TabReply<AnchorRow>;

/** The API order whose top rows best serve a sort (data-v1 fetches the top 1,000 of it). */
const refdomainsOrderFor = (q: RefdomainsQuery): RefdomainsOrder =>
  q.sort === "first_seen" && q.dir === "desc" ? "date_found" : "domain_inlink_rank";
const anchorsOrderFor = (q: AnchorsQuery): AnchorsOrder =>
  q.sort === "refdomains" && q.dir === "desc" ? "refdomains" : "backlinks";

function authorityColumn(reply: RefdomainsReply) {
  const l = reply.metricLabels;
  return reply.source === "api"
    ? {
        header: l.trust,
        description: `The referring domain's ${l.trust} (${l.trustShort}), 0–100.`,
      }
    : {
        header: `Top ${l.trustShort}`,
        description: `The highest ${l.trust} among this domain's links that were fetched: SE Ranking's provider API gives no domain-level figure here.`,
      };
}

const ORDER_WORDS: Record<RefdomainsOrder | AnchorsOrder, string> = {
  date_found: "newest first",
  domain_inlink_rank: "by Domain Trust",
  inlink_rank: "by Page Trust",
  backlinks: "by links",
  refdomains: "by referring domains",
};

function tab<R>(
  reply: RefdomainsReply | AnchorsReply,
  matching: R[],
  q: { page: number; limit: number },
): TabReply<R> {
  const { rows, order, ...rest } = reply;
  return {
    ...rest,
    rows: pageOf(matching, q.page, q.limit),
    matched: matching.length,
    fetched: rows.length,
    page: q.page,
    limit: q.limit,
    fetchedBy: ORDER_WORDS[order],
  };
}

export async function refdomainsTab(
  db: Db,
  tenantId: string,
  q: RefdomainsQuery,
): Promise<RefdomainsTabReply | Response> {
  const reply = await referringDomains({
    db,
    tenantId,
    domain: q.domain,
    order: refdomainsOrderFor(q),
    force: q.refresh,
  });
  const matching = sortRefdomains(
    containsFilter(reply.rows, (r) => r.domain, q.q),
    q.sort,
    q.dir,
  );
  const authority = authorityColumn(reply);
  if (q.format === "csv") {
    const columns: CsvColumn<RefdomainRow>[] = [
      { header: "Referring domain", value: (r) => r.domain },
      { header: "Links", value: (r) => r.backlinks },
      { header: "Dofollow links", value: (r) => r.dofollowBacklinks },
      { header: "Dofollow share (%)", value: (r) => Math.round(dofollowShare(r) * 100) },
      { header: "First seen", value: (r) => r.firstSeen },
      { header: authority.header, value: (r) => r.authority },
    ];
    return csvResponse(toCsv(matching, columns), `${q.domain}-referring-domains.csv`);
  }
  return { ...tab(reply, matching, q), authority };
}

export async function anchorsTab(
  db: Db,
  tenantId: string,
  q: AnchorsQuery,
): Promise<AnchorsTabReply | Response> {
  const reply = await anchors({
    db,
    tenantId,
    domain: q.domain,
    order: anchorsOrderFor(q),
    force: q.refresh,
  });
  const matching = sortAnchors(
    containsFilter(reply.rows, (r) => r.anchor, q.q),
    q.sort,
    q.dir,
  );
  if (q.format === "csv") {
    const columns: CsvColumn<AnchorRow>[] = [
      { header: "Anchor text", value: (r) => r.anchor },
      { header: "Links", value: (r) => r.backlinks },
      { header: "Referring domains", value: (r) => r.refdomains },
      { header: "Dofollow links", value: (r) => r.dofollowBacklinks },
    ];
    return csvResponse(toCsv(matching, columns), `${q.domain}-anchors.csv`);
  }
  return tab(reply, matching, q);
}
