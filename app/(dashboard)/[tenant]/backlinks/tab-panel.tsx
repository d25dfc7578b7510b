"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import {
  type ColumnDef,
  type RowData,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { type TabKind, type TabView, tabUrl } from "@/lib/queries/refdomains";
import type { TabReply } from "@/lib/services/backlinks/refdomains-view";
import type { SortDir } from "@/lib/validations/refdomains";
import { Pagination } from "./pagination";
import { TableSkeleton } from "./skeletons";
import { ContainsFilter, CsvLink, SourceNote, TabFreshness } from "./tab-table-parts";
import { UpstreamError } from "./upstream-error";

// The body of the Referring domains and Anchors tabs: filter, source note, CSV, a table sorted on
// the server (manual sorting: a header reports which column was pressed), pager, and the empty,
// loading and error states. Each tab passes its columns and query.

export const tabFeatures = tableFeatures({ rowSortingFeature });

interface Props<R extends RowData> {
  slug: string;
  isAdmin: boolean;
  kind: TabKind;
  /** "referring domains" / "anchors". */
  noun: string;
  filterLabel: string;
  view: TabView;
  query: UseQueryResult<Omit<TabReply<R>, "metricLabels">>;
  // biome-ignore lint/suspicious/noExplicitAny: column value types differ per column
  columns: ColumnDef<typeof tabFeatures, R, any>[];
  rowTestId: string;
  onChange: (change: Partial<Omit<TabView, "domain">>) => void;
}

export function TabPanel<R extends RowData>(props: Props<R>) {
  const { slug, isAdmin, kind, noun, filterLabel, view, query, columns, rowTestId, onChange } =
    props;
  const sorting = useMemo(() => [{ id: view.sort, desc: view.dir === "desc" }], [view]);
  const data = query.data;
  const table = useTable({
    features: tabFeatures,
    columns,
    data: data?.rows ?? [],
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (!first) return;
      onChange({
        sort: first.id as TabView["sort"],
        dir: (first.desc ? "desc" : "asc") as SortDir,
        page: 1,
      });
    },
  });
  const stale = query.isPlaceholderData;
  const sortName = columns.find((c) => c.id === view.sort)?.meta as { name?: string } | undefined;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <ContainsFilter
          key={view.q}
          label={filterLabel}
          value={view.q}
          onApply={(q) => onChange({ q, page: 1 })}
        />
        {data ? (
          <CsvLink href={tabUrl(slug, kind, { ...view, page: 1 }, "csv")} count={data.matched} />
        ) : null}
      </div>
      {query.isError ? (
        <UpstreamError
          what={`the ${noun} of ${view.domain}`}
          error={query.error}
          slug={slug}
          isAdmin={isAdmin}
          onRetry={() => query.refetch()}
          retrying={query.isFetching}
        />
      ) : !data ? (
        <div
          role="status"
          aria-busy="true"
          aria-label={`Loading ${noun}`}
          className="animate-pulse"
        >
          <TableSkeleton />
        </div>
      ) : (
        <>
          <div className="space-y-1">
            <SourceNote reply={data} noun={noun} />
            <TabFreshness reply={data} />
          </div>
          <div aria-busy={stale} className={stale ? "opacity-60 transition-opacity" : undefined}>
            <DataTable
              table={table}
              caption={`${noun[0]?.toUpperCase()}${noun.slice(1)} of ${view.domain}, sorted by ${sortName?.name ?? view.sort} (${view.dir === "desc" ? "highest first" : "lowest first"})`}
              empty={
                view.q
                  ? `No ${noun} contain "${view.q}".`
                  : data.fetched === 0
                    ? `SE Ranking knows no ${noun} for ${view.domain}.`
                    : `Page ${view.page} is past the end of this list.`
              }
              rowTestId={rowTestId}
              className="rounded-lg border border-slate-200 bg-white"
            />
          </div>
          <Pagination
            page={view.page}
            // These rows are all on our side (fetched, then sorted and filtered here): exact.
            extent={{ atLeast: data.matched, end: data.matched }}
            matching={Boolean(view.q)}
            limit={data.limit}
            shown={data.rows.length}
            busy={query.isFetching}
            onPage={(page) => onChange({ page })}
          />
        </>
      )}
    </div>
  );
}
