"use client";

import {
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { type RowAuthorityColumn, rowAuthorityColumns } from "@/lib/backlinks/row-authority";
import { authorityPair } from "@/lib/seranking/authority";
import type { BacklinkRow, MetricLabels } from "@/lib/seranking/types";
import type { BacklinkSort } from "@/lib/validations/backlinks";
import { ExternalUrl } from "./external-url";

// Sorting and paging happen at SE Ranking (server side): manual sorting, no sorted row model.
// Only the columns SE Ranking can sort by keep enableSorting.
const features = tableFeatures({ rowSortingFeature });
const unsorted = { enableSorting: false } as const;
const helper = createColumnHelper<typeof features, BacklinkRow>();

function AuthorityHeader({ column }: { column: RowAuthorityColumn }) {
  return (
    <span title={column.description}>
      {column.header}
      {column.of ? (
        <span className="block text-[10px] font-normal normal-case text-slate-400">
          {column.of}
        </span>
      ) : null}
    </span>
  );
}

/** Which authority columns to draw: none for a number no row of this dialect carries. */
export function authorityShown(rows: BacklinkRow[], labels: MetricLabels) {
  const given = (pick: "primary" | "secondary") =>
    rows.length === 0 || rows.some((r) => authorityPair(r, labels.set)[pick] !== null);
  return { primary: given("primary"), secondary: given("secondary") };
}

function buildColumns(labels: MetricLabels, shown: { primary: boolean; secondary: boolean }) {
  const authority = rowAuthorityColumns(labels);
  return helper.columns([
    helper.accessor("sourceUrl", {
      header: "Source URL",
      ...unsorted,
      // Wrapped, never cut: the whole linking URL is read in the cell (and in its title).
      cell: (info) => <ExternalUrl url={info.getValue()} wrap className="w-40 sm:w-64" />,
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
    ...(shown.primary
      ? [
          helper.accessor((r) => authorityPair(r, labels.set).primary, {
            id: "trust_flow",
            header: () => <AuthorityHeader column={authority.primary} />,
            cell: (info) => info.getValue() ?? "—",
          }),
        ]
      : []),
    ...(shown.secondary
      ? [
          helper.accessor((r) => authorityPair(r, labels.set).secondary, {
            id: "citation_flow",
            header: () => <AuthorityHeader column={authority.secondary} />,
            cell: (info) => info.getValue() ?? "—",
          }),
        ]
      : []),
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
  const { primary, secondary } = authorityShown(rows, labels);
  const columns = useMemo(
    () => buildColumns(labels, { primary, secondary }),
    [labels, primary, secondary],
  );
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
