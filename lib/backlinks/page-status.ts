import type { ListExtent } from "./list-extent";

// The table's "where am I" line and whether there is a next page, from what paging has proven
// (list-extent.ts). The summary's count is only quoted, as the summary's, where it disagrees.

export interface PageStatusInput {
  page: number;
  limit: number;
  /** Rows of the list on this page (before text filters over one page). */
  shown: number;
  extent: ListExtent;
  /** The summary's count for this view, quoted when it differs from what paging proved. */
  summaryTotal?: number;
  /** The extent counts filter matches, not the list. */
  matching?: boolean;
}

const n = (value: number) => value.toLocaleString("en-US");

/** Pages of an exactly known list; null while its end is unknown. */
export function knownPageCount({ extent, limit }: Pick<PageStatusInput, "extent" | "limit">) {
  return extent.end === null ? null : Math.max(1, Math.ceil(extent.end / limit));
}

/** A full page may have rows after it, whatever the summary says; a short one is the end. */
export function hasNextPage(input: PageStatusInput): boolean {
  const { page, limit, shown, extent } = input;
  if (shown < limit) return false;
  return extent.end === null || page * limit < extent.end;
}

/** The page before this one, kept within the list when its end is known. */
export function previousPage(input: PageStatusInput): number {
  const pages = knownPageCount(input);
  return Math.max(1, pages === null ? input.page - 1 : Math.min(input.page - 1, pages));
}

/**
 * "Rows 1–50 of 1,780 · page 1 of 36 (the summary counts 1,400)" once the end is known;
 * "Rows 1–50 of at least 50 · page 1 (the summary counts 1,400)" before.
 */
export function pageStatus(input: PageStatusInput): string {
  const { page, limit, shown, extent, summaryTotal, matching } = input;
  const pages = knownPageCount(input);
  if (shown === 0) {
    if (page > 1) return `Page ${n(page)} is past the end of the list`;
    return pages === null ? `Page ${n(page)}` : `Page ${n(page)} of ${n(pages)}`;
  }
  const first = (page - 1) * limit + 1;
  const last = (page - 1) * limit + shown;
  const what = matching ? " matching" : "";
  const known = extent.end !== null;
  const count = known ? n(extent.end!) : `at least ${n(Math.max(extent.atLeast, last))}`;
  const where = pages === null ? `page ${n(page)}` : `page ${n(page)} of ${n(pages)}`;
  const claimed = known ? extent.end : Math.max(extent.atLeast, last);
  const quote =
    !matching && summaryTotal !== undefined && summaryTotal !== claimed
      ? ` (the summary counts ${n(summaryTotal)})`
      : "";
  return `Rows ${n(first)}–${n(last)} of ${count}${what} · ${where}${quote}`;
}
