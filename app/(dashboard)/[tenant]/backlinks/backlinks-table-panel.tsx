"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { useDeferredValue } from "react";
import type { BacklinksView, ListReply } from "@/lib/queries/backlinks";
import type { MetricLabels } from "@/lib/seranking/types";
import { BacklinksTable } from "./backlinks-table";
import { ExportPanel } from "./export-panel";
import { ExportsPanel } from "./exports-panel";
import { Pagination } from "./pagination";
import { ExportRowSkeleton, TableSkeleton } from "./skeletons";
import { UpstreamError } from "./upstream-error";

interface Props {
  slug: string;
  isAdmin: boolean;
  view: BacklinksView;
  list: UseQueryResult<ListReply>;
  labels: MetricLabels;
  /** Rows in this view (filtered), from the summary: SE Ranking's list reply carries no count. */
  total: number;
  onViewChange: (change: Partial<Omit<BacklinksView, "domain">>) => void;
}

export function BacklinksTablePanel(props: Props) {
  const { slug, isAdmin, view, list, labels, total, onViewChange } = props;
  const pageCount = Math.max(1, Math.ceil(total / view.limit));
  // While another page loads the previous one stays (keepPreviousData), dimmed and busy.
  const stale = list.isPlaceholderData;
  // The 50-row table is the page's biggest render: do it in a background (time-sliced) render,
  // the skeleton staying until it is ready, instead of one long task blocking the main thread.
  const rows = useDeferredValue(list.data?.rows ?? null, null);

  return (
    <section aria-labelledby="list-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="list-heading" className="text-lg font-semibold text-slate-900">
          Backlinks
        </h2>
        <label className="inline-flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={view.dofollow}
            onChange={(e) => onViewChange({ dofollow: e.target.checked, page: 1 })}
            className="size-4 rounded border-slate-300"
          />
          Dofollow links only
        </label>
      </div>
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
          <div aria-busy={stale} className={stale ? "opacity-60 transition-opacity" : undefined}>
            <BacklinksTable
              rows={rows}
              labels={labels}
              sort={view.sort}
              onSort={(sort) => onViewChange({ sort, page: 1 })}
              emptyMessage={
                view.page > pageCount
                  ? `Page ${view.page} is past the end of this list.`
                  : view.dofollow
                    ? "No dofollow backlinks."
                    : "No backlinks on this page."
              }
            />
          </div>
          <Pagination
            page={view.page}
            pageCount={pageCount}
            total={total}
            limit={view.limit}
            shown={rows.length}
            busy={list.isFetching}
            onPage={(page) => onViewChange({ page })}
          />
        </>
      )}
    </section>
  );
}
