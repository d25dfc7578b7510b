"use client";

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useMemo, useState } from "react";
import type { KeywordRow } from "@/lib/queries/keywords";
import { BUCKETS, type Bucket, ChangeCell, changeSortValue, PositionCell } from "./ranking-cells";
import { useUrlState } from "./use-url-state";

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
const helper = createColumnHelper<typeof features, KeywordRow>();
const num = { sortUndefined: "last" as const };
const columns = helper.columns([
  helper.accessor("keyword", { header: "Keyword", sortFn: "alphanumeric" }),
  helper.accessor((r) => (r.status === "ok" ? (r.position ?? undefined) : undefined), {
    id: "position",
    header: "Position",
    ...num,
    cell: (c) => <PositionCell row={c.row.original} />,
  }),
  ...(["change", "change7", "change30"] as const).map((key) =>
    helper.accessor((r) => changeSortValue(r[key]), {
      id: key,
      header: { change: "Change", change7: "7 days", change30: "30 days" }[key],
      ...num,
      cell: (c) => <ChangeCell change={c.row.original[key]} />,
    }),
  ),
  helper.accessor((r) => r.best ?? undefined, {
    id: "best",
    header: "Best",
    ...num,
    cell: (c) => c.getValue() ?? "–",
  }),
  helper.accessor((r) => r.url ?? undefined, {
    id: "url",
    header: "Ranking URL",
    enableSorting: false,
    cell: (c) => {
      const url = c.row.original.url;
      return url ? (
        <a
          href={url}
          target="_blank"
          rel="noreferrer"
          className="break-all text-brand-700 underline"
        >
          {url.replace(/^https?:\/\//, "")}
        </a>
      ) : (
        "–"
      );
    },
  }),
  helper.accessor((r) => r.volume ?? undefined, {
    id: "volume",
    header: "Volume",
    ...num,
    cell: (c) => c.row.original.volume?.toLocaleString("en-US") ?? "–",
  }),
]);

interface Props {
  rows: KeywordRow[];
  selected: string[];
  onSelectedChange: (ids: string[]) => void;
}

export function RankingsTable({ rows, selected, onSelectedChange }: Props) {
  const url = useUrlState();
  const tag = url.get("tag") ?? "";
  const bucket = (url.get("bucket") ?? "") as Bucket | "";
  const [sorting, setSorting] = useState<SortingState>([]);
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
  const table = useTable({
    features,
    columns,
    data,
    state: { sorting },
    onSortingChange: setSorting,
  });
  const toggle = (id: string, on: boolean) =>
    onSelectedChange(on ? [...selected, id].slice(-10) : selected.filter((s) => s !== id));

  return (
    <section
      aria-labelledby="rankings-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id="rankings-heading" className="text-base font-semibold text-slate-900">
          Positions
        </h2>
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
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                <th className="py-2 pr-2">
                  <span className="sr-only">Compare in chart</span>
                </th>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      className="py-2 pr-4"
                      aria-sort={
                        sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined
                      }
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 uppercase hover:text-slate-800"
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden>
                            {sorted === "asc" ? "↑" : sorted === "desc" ? "↓" : ""}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100" data-testid="keyword-row">
                <td className="py-2 pr-2">
                  <input
                    type="checkbox"
                    className="size-4"
                    aria-label={`Show “${row.original.keyword}” in the history chart`}
                    checked={selected.includes(row.original.id)}
                    onChange={(e) => toggle(row.original.id, e.target.checked)}
                  />
                </td>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="py-2 pr-4 align-top">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {data.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-500">
            No keyword matches these filters.
          </p>
        ) : null}
      </div>
    </section>
  );
}
