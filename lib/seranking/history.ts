// New and lost backlinks and referring domains over a date range: what SE Ranking's Data API
// answers from /v1/backlinks/history and /v1/backlinks/refdomains/history (reference §5.8,
// §5.10). The provider contract has no such endpoint: there, new/lost is a diff of two lists.
import type { BacklinkRow } from "./types";

export type NewLostType = "new" | "lost";

/** Most changes one history call returns (the reference's `limit` ceiling). */
export const MAX_HISTORY_LIMIT = 10_000;

export interface HistoryQuery {
  domain: string;
  /** Sent always: the API refuses the enum sent empty, and one type per call keeps limits apart. */
  type: NewLostType;
  /** YYYY-MM-DD, inclusive. */
  dateFrom: string;
  dateTo: string;
  limit: number;
}

export interface BacklinkChange extends BacklinkRow {
  type: NewLostType;
  /** The day SE Ranking saw the link appear or go (YYYY-MM-DD). */
  date: string;
  /** Why a lost link went (`link_removed`, `page_not_found`, ...), when the API says. */
  reasonLost: string | null;
}

export interface RefdomainChange {
  type: NewLostType;
  date: string;
  domain: string;
  domainInlinkRank: number | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a history query, in words naming the field; null when it is fine. */
export function historyQueryProblem(q: HistoryQuery): string | null {
  if (!ISO_DAY.test(q.dateFrom) || !ISO_DAY.test(q.dateTo) || q.dateFrom > q.dateTo) {
    return "dateFrom and dateTo must be days YYYY-MM-DD, dateFrom first";
  }
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_HISTORY_LIMIT) {
    return `limit must be a whole number from 1 to ${MAX_HISTORY_LIMIT}`;
  }
  if (q.type !== "new" && q.type !== "lost") return "type must be new or lost";
  return null;
}
