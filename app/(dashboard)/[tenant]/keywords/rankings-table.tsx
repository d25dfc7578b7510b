"use client";

import { type SortingState, useTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { KeywordRow, PositionsView } from "@/lib/queries/keywords";
import { readSort, sortParam } from "@/lib/url/sort-param";
import { useUrlState } from "@/lib/url/use-url-state";
import { useCompetitorColumns, withCompetitorColumns } from "./competitor-columns";
import { PositionsCaption } from "./positions-caption";
import { BUCKETS, type Bucket } from "./ranking-cells";
import { KEYWORD_SORT_COLUMNS, rankingColumns, rankingFeatures } from "./rankings-columns";

interface Props {
  slug: string;
  projectId: string;
  rows: KeywordRow[];
  selected: string[];
  onSelectedChange: (ids: string[]) => void;
  positions: PositionsView;
}

export function RankingsTable({
  slug,
  projectId,
  rows,
  selected,
  onSelectedChange,
  positions,
}: Props) {
  const url = useUrlState();
  const tag = url.get("tag") ?? "";
  const bucket = (url.get("bucket") ?? "") as Bucket | "";
  // The sort lives in the URL beside the filters, so a reload or a shared link keeps the view.
  const sorting = readSort(url.get("sort"), KEYWORD_SORT_COLUMNS);
  const tags = useMemo(() => [...new Set(rows.flatMap((r) => r.tags))].sort(), [rows]);
  const data = useMemo(
    () =>
      rows.filter(
        (r) =>
          (!tag || r.tags.includes(tag)) &&
          (!bucket || (r.status === "ok" && BUCKETS[bucket]?.test(r.position))),
      ),
    [rows, tag, bucket],
  );
  const ownColumns = useMemo(
    () =>
      rankingColumns({
        slug,
        projectId,
        compared: selected,
        // At most 10 lines in the chart: the oldest pick makes room.
        onCompare: (id, on) =>
          onSelectedChange(on ? [...selected, id].slice(-10) : selected.filter((s) => s !== id)),
        positions,
      }),
    [slug, projectId, selected, onSelectedChange, positions],
  );
  const competitorColumns = useCompetitorColumns(slug, projectId);
  const columns = useMemo(
    () => withCompetitorColumns(ownColumns, competitorColumns),
    [ownColumns, competitorColumns],
  );
  const table = useTable({
    features: rankingFeatures,
    columns,
    data,
    state: { sorting },
    onSortingChange: (updater) => {
      const next: SortingState = typeof updater === "function" ? updater(sorting) : updater;
      url.set({ sort: sortParam(next) }, { push: true });
    },
  });

  return (
    <section
      aria-labelledby="rankings-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="rankings-heading" className="text-base font-semibold text-slate-900">
            {positions.kind === "database_monthly" ? positions.label : "Positions"}
          </h2>
          <PositionsCaption positions={positions} />
        </div>
        <div className="flex flex-wrap gap-3 text-sm">
          <div className="flex items-center gap-2">
            <label htmlFor="filter-tag">Tag</label>
            <select
              id="filter-tag"
              value={tag}
              onChange={(e) => url.set({ tag: e.target.value || null })}
              className="h-8 rounded-md border border-slate-300 bg-white px-2"
            >
              <option value="">All tags</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-center gap-2">
            <label htmlFor="filter-bucket">Position</label>
            <select
              id="filter-bucket"
              value={bucket}
              onChange={(e) => url.set({ bucket: e.target.value || null })}
              className="h-8 rounded-md border border-slate-300 bg-white px-2"
            >
              <option value="">Any position</option>
              {Object.entries(BUCKETS).map(([key, b]) => (
                <option key={key} value={key}>
                  {b.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <DataTable
        table={table}
        caption="Tracked keywords and their latest positions"
        rowTestId="keyword-row"
        // The compare checkbox and the keyword: the row's name stays in view while scrolling.
        stickyColumns={2}
        empty="No keyword matches these filters."
      />
    </section>
  );
}
