"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { useDeferredValue } from "react";
import type { BacklinksView, ListReply } from "@/lib/queries/backlinks";
import type { MetricLabels } from "@/lib/seranking/types";
import { BacklinksTable } from "./backlinks-table";
import { ExportPanel } from "./export-panel";
import { ExportsPanel } from "./exports-panel";
import { FilterNote } from "./filter-note";
import { PageSizeSelect } from "./page-size-select";
import { Pagination } from "./pagination";
import { ExportRowSkeleton, TableSkeleton } from "./skeletons";
import { TextFilterForm } from "./text-filter-form";
import { UpstreamError } from "./upstream-error";

interface Props {
  slug: string;
  isAdmin: boolean;
  view: BacklinksView;
  list: UseQueryResult<ListReply>;
  labels: MetricLabels;
  /**
   * The summary's count for this view. Only quoted: SE Ranking's list reply carries no count and
   * may be longer or shorter, so paging follows the list's own extent.
   */
  total: number;
  onViewChange: (change: Partial<Omit<BacklinksView, "domain">>) => void;
}

export function BacklinksTablePanel(props: Props) {
  const { slug, isAdmin, view, list, labels, total, onViewChange } = props;
  // Filters over stored rows page through the matches; over one page (provider-v3) the pages are
  // still those of SE Ranking's unfiltered list.
  const report = list.isPlaceholderData ? undefined : list.data?.filter;
  const overMatches = report && report.scope !== "page";
  // Over matches the count is exact (of the rows searched); otherwise what paging has proven.
  const extent = overMatches
    ? { atLeast: report.matched, end: report.matched }
    : (list.data?.extent ?? { atLeast: 0, end: null });
  // While another page loads the previous one stays (keepPreviousData), dimmed and busy.
  const stale = list.isPlaceholderData;
  // The table (up to 250 rows) is the page's biggest render: do it in a background (time-sliced)
  // render, the skeleton staying until it is ready, instead of one long task blocking the thread.
  const rows = useDeferredValue(list.data?.rows ?? null, null);

  return (
    <section aria-labelledby="list-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="list-heading" className="text-lg font-semibold text-slate-900">
          Backlinks
        </h2>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <label className="inline-flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              checked={view.dofollow}
              onChange={(e) => onViewChange({ dofollow: e.target.checked, page: 1 })}
              className="size-4 rounded border-slate-300"
            />
            Dofollow links only
          </label>
          <PageSizeSelect
            value={view.limit}
            onChange={(limit) => onViewChange({ limit, page: 1 })}
          />
        </div>
      </div>
      <TextFilterForm
        key={JSON.stringify(view.filters)}
        filters={view.filters}
        onApply={(filters) => onViewChange({ filters, page: 1 })}
      />
      {/* Not tied to the list's state: a later visit follows its exports while the page loads. */}
      <ExportsPanel slug={slug} domain={view.domain} />
      {list.isError ? (
        <UpstreamError
          what="this page of backlinks"
          error={list.error}
          slug={slug}
          isAdmin={isAdmin}
          onRetry={() => list.refetch()}
          retrying={list.isFetching}
        />
      ) : !rows ? (
        <div
          role="status"
          aria-busy="true"
          aria-label="Loading backlinks"
          className="animate-pulse space-y-3"
        >
          <ExportRowSkeleton />
          <TableSkeleton />
        </div>
      ) : (
        <>
          <ExportPanel slug={slug} view={view} rows={rows} labels={labels} />
          {report ? <FilterNote filters={view.filters} report={report} total={total} /> : null}
          <div aria-busy={stale} className={stale ? "opacity-60 transition-opacity" : undefined}>
            <BacklinksTable
              rows={rows}
              labels={labels}
              sort={view.sort}
              onSort={(sort) => onViewChange({ sort, page: 1 })}
              emptyMessage={
                view.page > 1 && (report?.scope === "page" ? report.searched : rows.length) === 0
                  ? `Page ${view.page} is past the end of this list.`
                  : report
                    ? "No backlink here matches the filters."
                    : view.dofollow
                      ? "No dofollow backlinks."
                      : "No backlinks on this page."
              }
            />
          </div>
          <Pagination
            page={view.page}
            extent={extent}
            summaryTotal={total}
            matching={overMatches}
            limit={view.limit}
            // Over one page, paging follows the rows searched, not the (fewer) matches shown.
            shown={report?.scope === "page" ? report.searched : rows.length}
            busy={list.isFetching}
            onPage={(page) => onViewChange({ page })}
          />
        </>
      )}
    </section>
  );
}
