// What a call costs in SE Ranking credits, so a bulk run or a backlink refresh can say its price
// before it starts, and usage can be recorded as credits rather than calls. One function per
// kind of work; the prices live on the dialect, with their source beside each figure.
import type { Dialect } from "./dialects/dialect";

export interface CreditPrices {
  /** Per target of a summary call. */
  summary: number;
  /** Per target of a metrics call. */
  metrics: number;
  /** Per target of the separate authority call (dialects with one). */
  authority: number;
  /** Per backlink row a list / raw call returns. */
  backlinkRow: number;
  /** Key check. */
  account: number;
}

export interface CostEstimate {
  /** Upstream requests the work will send (before retries). */
  requests: number;
  /** Credits it will spend at most (only 2xx replies are billed). */
  credits: number;
}

/** Bulk metrics for `domains` domains: batches of the dialect's size, one or two calls each. */
export function estimateMetricsRun(dialect: Dialect, domains: number): CostEstimate {
  const batches = Math.ceil(Math.max(0, domains) / dialect.maxMetricsBatch);
  const calls = dialect.backlinksAuthority ? 2 : 1;
  const perDomain =
    dialect.prices.metrics + (dialect.backlinksAuthority ? dialect.prices.authority : 0);
  return { requests: batches * calls, credits: Math.max(0, domains) * perDomain };
}

/** Fetching `rows` backlink rows that are not stored yet (a refresh or a deeper page). */
export function estimateBacklinkRows(dialect: Dialect, rows: number): CostEstimate {
  const n = Math.max(0, Math.ceil(rows));
  return { requests: n > 0 ? 1 : 0, credits: n * dialect.prices.backlinkRow };
}

/** Credits one reply cost, from the request's path and the number of targets / rows in it. */
export function creditsForCall(
  dialect: Dialect,
  call: { kind: keyof CreditPrices; units: number },
): number {
  return dialect.prices[call.kind] * Math.max(0, call.units);
}

/**
 * "Refresh" on a backlinks page: the summary again, plus the rows up to this page. An API with
 * offsets fetches only the page; one walked by cursor (data-v1) walks again from row 1.
 */
export function estimateBacklinkRefresh(
  dialect: Dialect,
  view: { page: number; limit: number },
): CostEstimate {
  const rows = dialect.backlinksRaw ? view.page * view.limit : view.limit;
  return { requests: 2, credits: dialect.prices.summary + rows * dialect.prices.backlinkRow };
}
