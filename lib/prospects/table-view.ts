// The prospect table's view as the URL holds it (?sort=-primary&verdict=pass&q=news&tag=outreach): parsed
// leniently, so a shared link with a stale column or filter falls back instead of failing.
import type { ProspectView } from "@/lib/queries/prospects";
import { type ColumnSortParam, readSort } from "@/lib/url/sort-param";

export const VERDICT_FILTERS = ["all", "pass", "review", "reject", "none"] as const;
export type VerdictFilter = (typeof VERDICT_FILTERS)[number];

/** Columns a prospect list can be sorted by (the table's column ids). */
export const PROSPECT_SORT_COLUMNS = [
  "domain",
  "primary",
  "secondary",
  "ratio",
  "referringDomains",
  "totalBacklinks",
  "verdict",
  "fetchedAt",
] as const;

export interface ProspectUrlView {
  sorting: ColumnSortParam[];
  verdict: VerdictFilter;
  search: string;
  /** "" = any tag (or none). */
  tag: string;
}

export const PROSPECT_VIEW_KEYS = {
  sort: "sort",
  verdict: "verdict",
  search: "q",
  tag: "tag",
} as const;

export function readProspectView(get: (key: string) => string | null): ProspectUrlView {
  const verdict = get(PROSPECT_VIEW_KEYS.verdict);
  return {
    sorting: readSort(get(PROSPECT_VIEW_KEYS.sort), PROSPECT_SORT_COLUMNS),
    verdict: VERDICT_FILTERS.includes(verdict as VerdictFilter)
      ? (verdict as VerdictFilter)
      : "all",
    search: get(PROSPECT_VIEW_KEYS.search) ?? "",
    tag: (get(PROSPECT_VIEW_KEYS.tag) ?? "").trim().toLowerCase(),
  };
}

/** The rows a filter keeps: verdict ("none" = not fetched yet), a domain substring and a tag. */
export function filterProspects(
  prospects: readonly ProspectView[],
  { verdict, search, tag = "" }: Pick<ProspectUrlView, "verdict" | "search"> & { tag?: string },
): ProspectView[] {
  const q = search.trim().toLowerCase();
  const t = tag.trim().toLowerCase();
  return prospects.filter(
    (p) =>
      (verdict === "all" || (p.verdict ?? "none") === verdict) &&
      (q === "" || p.domain.includes(q)) &&
      (t === "" || p.tags.includes(t)),
  );
}

/** Every tag used in the list, sorted: the tag filter's choices and the tag form's suggestions. */
export function listTags(prospects: readonly Pick<ProspectView, "tags">[]): string[] {
  return [...new Set(prospects.flatMap((p) => p.tags))].sort();
}
