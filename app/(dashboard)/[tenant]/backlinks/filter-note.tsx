import { describeFilters } from "@/lib/backlinks/text-filters";
import type { FilterReport } from "@/lib/services/backlinks/backlinks-service";
import type { TextFilters } from "@/lib/validations/backlink-filters";

const n = (value: number) => value.toLocaleString("en-US");

/**
 * What the text filters searched, in words: a page of SE Ranking's list, the rows stored so far,
 * or the whole list. A filtered table never passes for more than it is.
 */
export function FilterNote({
  filters,
  report,
  total,
}: {
  filters: TextFilters;
  report: FilterReport;
  /** The summary's count for the unfiltered view: quoted as the summary's, not the list's. */
  total: number;
}) {
  const what = describeFilters(filters);
  const matches = `${n(report.matched)} match${report.matched === 1 ? "es" : ""}`;
  let text: string;
  if (report.scope === "all") {
    text = `Filtered (${what}) over all ${n(report.searched)} backlinks: ${matches}.`;
  } else if (report.scope === "stored") {
    text =
      `Filtered (${what}) over the ${n(report.searched)} backlinks fetched so far, not the whole ` +
      `list (the summary counts ${n(total)}): ${matches}. Exporting all backlinks fetches the ` +
      "rest; after that the filters search the whole list.";
  } else {
    text =
      `Filtered (${what}) over this page only: ${n(report.matched)} of its ${n(report.searched)} ` +
      "backlinks match. SE Ranking cannot search this list as a whole: the next page searches " +
      "the next rows, and “Export all backlinks” applies the filters to every row.";
  }
  return (
    <p
      role="status"
      data-testid="filter-note"
      className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      {text}
    </p>
  );
}
