"use client";

import {
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { BacklinkRow, MetricLabels } from "@/lib/seranking/types";
import type { BacklinkSort } from "@/lib/validations/backlinks";
import { ExternalUrl } from "./external-url";

// Sorting and paging happen at SE Ranking (server side): manual sorting, no sorted row model.
// Only the columns SE Ranking can sort by keep enableSorting.
const features = tableFeatures({ rowSortingFeature });
const unsorted = { enableSorting: false } as const;
const helper = createColumnHelper<typeof features, BacklinkRow>();

function buildColumns(labels: MetricLabels) {
  const { pair } = metricStrategyFor(labels);
  return helper.columns([
    helper.accessor("sourceUrl", {
      header: "Source URL",
      ...unsorted,
      cell: (info) => <ExternalUrl url={info.getValue()} className="max-w-48" />,
    }),
    helper.accessor("targetUrl", {
      header: "Target URL",
      ...unsorted,
      // Every target is on the searched domain: its path is what tells rows apart.
      cell: (info) => (
        <ExternalUrl url={info.getValue()} label={pathOf(info.getValue())} className="max-w-36" />
      ),
    }),
    helper.accessor("anchorText", {
      header: "Anchor text",
      ...unsorted,
      cell: (info) => (
        <span className="block max-w-28 truncate" title={info.getValue()}>
          {info.getValue() || <span className="text-slate-400">(none)</span>}
        </span>
      ),
    }),
    // Whichever pair the dialect returned: TF/CF, or Domain/Page Trust (DT/PT) for data-v1.
    helper.accessor((r) => pair(r).primary, {
      id: "trust_flow",
      header: labels.trust,
      cell: (info) => info.getValue() ?? "—",
    }),
    helper.accessor((r) => pair(r).secondary, {
      id: "citation_flow",
      header: labels.citation,
      cell: (info) => info.getValue() ?? "—",
    }),
    helper.accessor("isNoFollow", {
      header: "Follow",
      ...unsorted,
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
    helper.accessor("lastSeen", { header: "Last seen", ...unsorted }),
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

interface Props {
  rows: BacklinkRow[];
  labels: MetricLabels;
  sort: BacklinkSort;
  onSort: (sort: BacklinkSort) => void;
  emptyMessage: string;
}

export function BacklinksTable({ rows, labels, sort, onSort, emptyMessage }: Props) {
  const columns = useMemo(() => buildColumns(labels), [labels]);
  const sorting = useMemo(() => [{ id: sort, desc: true }], [sort]);
  const table = useTable({
    features,
    columns,
    data: rows,
    // SE Ranking sorts (highest first only): the table just reports which header was pressed.
    manualSorting: true,
    sortDescFirst: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      onSort((next[0]?.id ?? sort) as BacklinkSort);
    },
  });
  const sortName =
    sort === "trust_flow"
      ? labels.trust
      : sort === "citation_flow"
        ? labels.citation
        : sort.replace("_", " ");
  return (
    <DataTable
      table={table}
      caption={`Backlinks, sorted by ${sortName} (highest first)`}
      empty={emptyMessage}
      rowTestId="backlink-row"
      className="rounded-lg border border-slate-200 bg-white"
    />
  );
}
