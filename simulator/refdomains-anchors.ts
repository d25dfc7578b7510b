// Referring domains and anchors of a domain, computed from its backlink rows (backlink-rows.ts),
// so they agree with the backlink list and the summary: the refdomain rows are exactly the
// distinct source hosts of the list (their number is the summary's `refdomains`), and their
// backlinks add up to the summary's `backlinks`. Pure functions: tests call them to know what
// /v1/backlinks/refdomains and /v1/backlinks/anchors answer. Shapes per reference §5.10/§5.11.

import { allBacklinkRows } from "./backlink-rows";
import { normalizeDomain } from "./domain-name";
import { LruCache } from "./lru";

export interface DataRefdomain {
  refdomain: string;
  /** The highest Domain InLink Rank among its links (each link row carries its domain's). */
  domain_inlink_rank: number;
  backlinks: number;
  dofollow_backlinks: number;
  /** The day its first link was seen. */
  first_seen: string;
}

export interface DataAnchor {
  anchor: string;
  backlinks: number;
  refdomains: number;
  dofollow_backlinks: number;
}

export type RefdomainsOrderBy = "date_found" | "domain_inlink_rank" | "inlink_rank";
export type AnchorsOrderBy = "backlinks" | "refdomains";

interface Aggregate {
  refdomains: Array<DataRefdomain & { homeInlinkRank: number }>;
  anchors: DataAnchor[];
}

const cache = new LruCache<string, Aggregate>(64);

function aggregate(domain: string): Aggregate {
  const byHost = new Map<string, DataRefdomain & { homeInlinkRank: number }>();
  const byAnchor = new Map<string, DataAnchor & { hosts: Set<string> }>();
  for (const row of allBacklinkRows(domain)) {
    const host = new URL(row.sourceUrl).hostname;
    // The list's Data API rows carry DT = citation key, PT = trust key (universe-data-v1.ts).
    const dt = row.citationFlow;
    const pt = row.trustFlow;
    const d = byHost.get(host);
    if (!d) {
      byHost.set(host, {
        refdomain: host,
        domain_inlink_rank: dt,
        backlinks: 1,
        dofollow_backlinks: row.nofollow ? 0 : 1,
        first_seen: row.firstSeen,
        homeInlinkRank: pt,
      });
    } else {
      d.domain_inlink_rank = Math.max(d.domain_inlink_rank, dt);
      d.homeInlinkRank = Math.max(d.homeInlinkRank, pt);
      d.backlinks++;
      if (!row.nofollow) d.dofollow_backlinks++;
      if (row.firstSeen < d.first_seen) d.first_seen = row.firstSeen;
    }
    const a = byAnchor.get(row.anchorText) ?? {
      anchor: row.anchorText,
      backlinks: 0,
      refdomains: 0,
      dofollow_backlinks: 0,
      hosts: new Set<string>(),
    };
    a.backlinks++;
    if (!row.nofollow) a.dofollow_backlinks++;
    a.hosts.add(host);
    byAnchor.set(row.anchorText, a);
  }
  const anchors = [...byAnchor.values()].map(({ hosts, ...a }) => ({
    ...a,
    refdomains: hosts.size,
  }));
  return { refdomains: [...byHost.values()], anchors };
}

function aggregateFor(target: string): Aggregate {
  const domain = normalizeDomain(target);
  return cache.getOrCreate(domain, () => aggregate(domain));
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Descending by the order (date_found: newest first); ties by domain name, ascending. */
export function refdomainsFor(
  target: string,
  q: { orderBy: RefdomainsOrderBy; limit: number },
): DataRefdomain[] {
  const key = (d: DataRefdomain & { homeInlinkRank: number }) =>
    q.orderBy === "date_found"
      ? d.first_seen
      : q.orderBy === "domain_inlink_rank"
        ? d.domain_inlink_rank
        : d.homeInlinkRank;
  return [...aggregateFor(target).refdomains]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return ka < kb ? 1 : ka > kb ? -1 : byName(a.refdomain, b.refdomain);
    })
    .slice(0, q.limit)
    .map(({ homeInlinkRank: _pt, ...d }) => d);
}

/** Descending by backlinks or refdomains; ties by anchor text, ascending. */
export function anchorsFor(
  target: string,
  q: { orderBy: AnchorsOrderBy; limit: number },
): DataAnchor[] {
  return [...aggregateFor(target).anchors]
    .sort((a, b) => b[q.orderBy] - a[q.orderBy] || byName(a.anchor, b.anchor))
    .slice(0, q.limit)
    .map((a) => ({ ...a }));
}
