import type { BacklinkRow } from "@/lib/seranking/types";
import type { TextFilter, TextFilters } from "@/lib/validations/backlink-filters";

// One meaning of the text filters wherever they apply (a fetched page, the whole-list export,
// and — in SQL — the stored rows): a case-insensitive plain substring of the anchor text or the
// source URL; "excludes" keeps the rows without it (a row without anchor text has none of it).

const has = (value: string, filter: TextFilter) =>
  value.toLowerCase().includes(filter.text.toLowerCase());

const passes = (value: string, filter: TextFilter | undefined) =>
  !filter || (filter.mode === "contains" ? has(value, filter) : !has(value, filter));

export function matchesFilters(row: BacklinkRow, filters: TextFilters): boolean {
  return passes(row.anchorText, filters.anchor) && passes(row.sourceUrl, filters.url);
}

export function applyFilters(rows: BacklinkRow[], filters: TextFilters): BacklinkRow[] {
  return hasFilters(filters) ? rows.filter((row) => matchesFilters(row, filters)) : rows;
}

export function hasFilters(filters: TextFilters | undefined): filters is TextFilters {
  return Boolean(filters?.anchor || filters?.url);
}

const one = (what: string, f: TextFilter) =>
  `${what} ${f.mode === "contains" ? "contains" : "does not contain"} “${f.text}”`;

/** "anchor text contains “seo”, source URL does not contain “forum”" — for notes and exports. */
export function describeFilters(filters: TextFilters): string {
  return [
    filters.anchor && one("anchor text", filters.anchor),
    filters.url && one("source URL", filters.url),
  ]
    .filter(Boolean)
    .join(", ");
}
