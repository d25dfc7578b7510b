"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { ArrowDown } from "lucide-react";
import { useMemo } from "react";
import { authorityPair } from "@/lib/seranking/authority";
import type { BacklinkRow, MetricLabels } from "@/lib/seranking/types";
import { cn } from "@/lib/utils";
import type { BacklinkSort } from "@/lib/validations/backlinks";
import { ExternalUrl } from "./external-url";

// Sorting and paging happen at SE Ranking (server side): the table only lays rows out, so it
// needs no row-model features. Columns whose id is a sort key get a sort button in the header.
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, BacklinkRow>();

function buildColumns(labels: MetricLabels) {
  return helper.columns([
    helper.accessor("sourceUrl", {
      header: "Source URL",
      cell: (info) => <ExternalUrl url={info.getValue()} className="max-w-48" />,
    }),
    helper.accessor("targetUrl", {
      header: "Target URL",
      // Every target is on the searched domain: its path is what tells rows apart.
      cell: (info) => (
        <ExternalUrl url={info.getValue()} label={pathOf(info.getValue())} className="max-w-36" />
      ),
    }),
    helper.accessor("anchorText", {
      header: "Anchor text",
      cell: (info) => (
        <span className="block max-w-28 truncate" title={info.getValue()}>
          {info.getValue() || <span className="text-slate-400">(none)</span>}
        </span>
      ),
    }),
    // Whichever pair the dialect returned: TF/CF, or Domain/Page Trust (DT/PT) for data-v1.
    helper.accessor((r) => authorityPair(r, labels.set).primary, {
      id: "trust_flow",
      header: labels.trust,
      cell: (info) => info.getValue() ?? "—",
    }),
    helper.accessor((r) => authorityPair(r, labels.set).secondary, {
      id: "citation_flow",
      header: labels.citation,
      cell: (info) => info.getValue() ?? "—",
    }),
    helper.accessor("isNoFollow", {
      header: "Follow",
      cell: (info) =>
        info.getValue() ? (
          <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
            nofollow
          </span>
        ) : (
          <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">
            dofollow
          </span>
        ),
    }),
    helper.accessor("firstSeen", { id: "first_seen", header: "First seen" }),
    helper.accessor("lastSeen", { header: "Last seen" }),
  ]);
}

function pathOf(url: string): string {
  try {
    const { pathname, search } = new URL(url);
    return `${pathname}${search}`;
  } catch {
    return url;
  }
}

const SORTABLE = new Set<string>(["trust_flow", "citation_flow", "first_seen"]);

interface Props {
  rows: BacklinkRow[];
  labels: MetricLabels;
  sort: BacklinkSort;
  onSort: (sort: BacklinkSort) => void;
  emptyMessage: string;
}

export function BacklinksTable({ rows, labels, sort, onSort, emptyMessage }: Props) {
  const columns = useMemo(() => buildColumns(labels), [labels]);
  const table = useTable({ features, columns, data: rows });
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Backlinks, sorted by{" "}
          {sort === "trust_flow"
            ? labels.trust
            : sort === "citation_flow"
              ? labels.citation
              : sort.replace("_", " ")}{" "}
          (highest first)
        </caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id;
                const active = id === sort;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={active ? "descending" : undefined}
                    className="whitespace-nowrap px-2 py-2 font-medium first:pl-3"
                  >
                    {SORTABLE.has(id) ? (
                      <button
                        type="button"
                        onClick={() => onSort(id as BacklinkSort)}
                        aria-pressed={active}
                        className={cn(
                          "inline-flex items-center gap-1 uppercase hover:text-slate-900",
                          active && "text-brand-700",
                        )}
                      >
                        <table.FlexRender header={header} />
                        <ArrowDown aria-hidden className={cn("size-3", !active && "opacity-30")} />
                        <span className="sr-only">{active ? "(sorted)" : "(sort by this)"}</span>
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
            <tr
              key={row.id}
              className="border-b border-slate-100 last:border-0"
              data-testid="backlink-row"
            >
              {row.getAllCells().map((cell) => (
                <td
                  key={cell.id}
                  className="whitespace-nowrap px-2 py-2 align-top tabular-nums first:pl-3"
                >
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-8 text-center text-slate-600">
                {emptyMessage}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
