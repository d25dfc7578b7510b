// What a backlink gap costs before it starts: one referring-domain list per target not in the
// cache. A list is billed per row delivered, so the estimate is the most each list may return.
import type { CostEstimate } from "./costs";
import type { Dialect } from "./dialects/dialect";

export interface RefdomainListShape {
  /** Requests one list takes (one refdomains call, or the backlink pages it is built from). */
  requests: number;
  /** Rows billed for one list at most (refdomain rows, or backlink rows aggregated). */
  maxRows: number;
}

export function estimateRefdomainLists(
  dialect: Dialect,
  lists: number,
  shape: RefdomainListShape,
): CostEstimate {
  const n = Math.max(0, Math.floor(lists));
  return { requests: n * shape.requests, credits: n * shape.maxRows * dialect.prices.backlinkRow };
}
