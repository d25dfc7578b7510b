"use client";

import {
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  type RowSelectionState,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { type Dispatch, type SetStateAction, useDeferredValue, useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { When } from "@/components/format/date-format";
import { Button } from "@/components/ui/button";
import {
  filterProspects,
  listTags,
  PROSPECT_VIEW_KEYS,
  readProspectView,
  type VerdictFilter,
} from "@/lib/prospects/table-view";
import type { ProspectView } from "@/lib/queries/prospects";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { MetricLabels } from "@/lib/seranking/types";
import { sortParam } from "@/lib/url/sort-param";
import { useUrlInput } from "@/lib/url/use-url-input";
import { useUrlState } from "@/lib/url/use-url-state";
import { ExportRows } from "./export-rows";
import { OriginChip } from "./origin-chip";
import { ProspectFilters } from "./prospect-filters";
import { TagChips } from "./tag-chips";
import { VerdictBadge } from "./verdict-badge";

const features = tableFeatures({
  rowSortingFeature,
  rowSelectionFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
const helper = createColumnHelper<typeof features, ProspectView>();
const num = (v: number | null) => (v === null ? "—" : v.toLocaleString("en-US"));
const VERDICT_ORDER = { pass: 0, review: 1, reject: 2 } as const;

function makeColumns(labels: MetricLabels) {
  const strategy = metricStrategyFor(labels);
  return helper.columns([
    helper.display({
      id: "select",
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label="Select every prospect on this page"
          checked={table.getIsAllPageRowsSelected()}
          onChange={table.getToggleAllPageRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={`Select ${row.original.domain}`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    }),
    helper.accessor("domain", {
      header: "Domain",
      sortFn: "alphanumeric",
      // Tags ride beside the domain: the row stays one line and the metric columns keep their place.
      cell: (c) => (
        <>
          <span className="flex items-center gap-2 whitespace-nowrap">
            <span className="font-medium">{c.getValue()}</span>
            <TagChips tags={c.row.original.tags} />
          </span>
          <OriginChip origin={c.row.original.origin} />
        </>
      ),
    }),
    // The connected API's pair: TF/CF, or DT/PT (data-v1 has no Trust/Citation Flow).
    helper.accessor((r) => strategy.pair(r).primary ?? undefined, {
      id: "primary",
      header: labels.trust,
      cell: (c) => num(c.getValue() ?? null),
      sortUndefined: "last",
    }),
    helper.accessor((r) => strategy.pair(r).secondary ?? undefined, {
      id: "secondary",
      header: labels.citation,
      cell: (c) => num(c.getValue() ?? null),
      sortUndefined: "last",
    }),
    helper.accessor("ratio", {
      header: strategy.ratioLabel.column,
      cell: (c) => (c.getValue() === null ? "—" : c.getValue()!.toFixed(2)),
      sortUndefined: "last",
    }),
    helper.accessor("referringDomains", {
      header: "Ref. domains",
      cell: (c) => num(c.getValue()),
      sortUndefined: "last",
    }),
    helper.accessor("totalBacklinks", {
      header: "Backlinks",
      cell: (c) => num(c.getValue()),
      sortUndefined: "last",
    }),
    helper.accessor((r) => (r.verdict ? VERDICT_ORDER[r.verdict] : 3), {
      id: "verdict",
      header: "Verdict",
      cell: (c) => (
        // One line per row: the reason is cut to the column and shown whole on hover; screen
        // readers get it whole.
        <div className="flex min-w-40 max-w-72 items-center gap-2">
          <VerdictBadge verdict={c.row.original.verdict} />
          <span
            title={c.row.original.reason}
            className={`truncate text-xs ${c.row.original.error ? "text-red-700" : "text-slate-500"}`}
          >
            {c.row.original.reason}
          </span>
        </div>
      ),
    }),
    helper.accessor("fetchedAt", {
      header: "Fetched at",
      cell: (c) => (
        <span className="whitespace-nowrap">
          {c.getValue() ? <When value={c.getValue()!} /> : "—"}
        </span>
      ),
      sortUndefined: "last",
    }),
  ]);
}

interface Props {
  /** The list's CSV route: the filter bar exports the rows shown or selected through it. */
  exportUrl: string;
  prospects: ProspectView[];
  labels: MetricLabels;
  selection: RowSelectionState;
  onSelectionChange: Dispatch<SetStateAction<RowSelectionState>>;
}

export function ProspectTable({
  exportUrl,
  prospects,
  labels,
  selection,
  onSelectionChange,
}: Props) {
  const columns = useMemo(() => makeColumns(labels), [labels]);
  // Sort and filters are the URL's, so a reload, Back and a shared link keep the view.
  const url = useUrlState();
  const view = readProspectView(url.get);
  const { sorting } = view;
  // The inputs keep their own state (typing never waits for the URL); the URL follows.
  const [search, setSearch] = useUrlInput(view.search, (q) =>
    url.set({ [PROSPECT_VIEW_KEYS.search]: q || null }),
  );
  const [verdictText, setVerdict] = useUrlInput(
    view.verdict,
    (v) => url.set({ [PROSPECT_VIEW_KEYS.verdict]: v === "all" ? null : v }, { push: true }),
    0,
  );
  const verdict = verdictText as VerdictFilter;
  const [tag, setTag] = useUrlInput(
    view.tag,
    (t) => url.set({ [PROSPECT_VIEW_KEYS.tag]: t || null }, { push: true }),
    0,
  );
  const tags = useMemo(() => listTags(prospects), [prospects]);
  // A long list re-filters after the keystroke is shown, not before.
  const deferredSearch = useDeferredValue(search);
  const data = useMemo(
    () => filterProspects(prospects, { verdict, search: deferredSearch, tag }),
    [prospects, verdict, deferredSearch, tag],
  );

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.domain,
    state: { sorting, rowSelection: selection },
    onSortingChange: (updater) => {
      const next: SortingState = typeof updater === "function" ? updater(sorting) : updater;
      url.set({ [PROSPECT_VIEW_KEYS.sort]: sortParam(next) }, { push: true });
    },
    onRowSelectionChange: onSelectionChange,
    initialState: { pagination: { pageIndex: 0, pageSize: 50 } },
  });
  const selectedCount = Object.keys(selection).length;

  if (prospects.length === 0)
    return (
      <p className="text-sm text-slate-600">No domains yet: paste some or upload a CSV above.</p>
    );

  return (
    <div className="space-y-3">
      <ProspectFilters
        verdict={verdict}
        onVerdict={setVerdict}
        search={search}
        onSearch={setSearch}
        tags={tags}
        tag={tag}
        onTag={setTag}
        shown={data.length}
        selectedCount={selectedCount}
        onClearSelection={() => onSelectionChange({})}
      >
        <ExportRows
          exportUrl={exportUrl}
          verdict={verdict}
          search={deferredSearch}
          tag={tag}
          shown={data.length}
          selected={Object.keys(selection)}
        />
      </ProspectFilters>
      <DataTable
        table={table}
        testId="prospect-table"
        rowTestId="prospect-row"
        // The checkbox and the domain: a row is recognised by its domain while scrolling.
        stickyColumns={2}
        empty="No prospect matches these filters."
      />
      <div className="flex items-center justify-between text-sm">
        <span>
          Page {table.state.pagination.pageIndex + 1} of {Math.max(1, table.getPageCount())}
        </span>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            size="sm"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
          >
            Previous
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => table.nextPage()}
            disabled={!table.getCanNextPage()}
          >
            Next
          </Button>
        </div>
      </div>
    </div>
  );
}
