"use client";

import { useQuery } from "@tanstack/react-query";
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { type CompetitorCell, competitorsQuery } from "@/lib/queries/keyword-competitors";
import type { KeywordRow } from "@/lib/queries/keywords";
import type { rankingFeatures } from "./rankings-columns";

const helper = createColumnHelper<typeof rankingFeatures, KeywordRow>();
type Column = ReturnType<typeof helper.display>;

/** Ahead of us: ranked, and we are not ranked or lower (position 1 is best). */
function ahead(cell: CompetitorCell, row: KeywordRow) {
  if (cell.status !== "ok" || cell.position === null || row.status !== "ok") return false;
  return row.position === null || cell.position < row.position;
}

function Cell({ cell, row, domain }: { cell?: CompetitorCell; row: KeywordRow; domain: string }) {
  if (!cell) return <span className="text-slate-400">–</span>;
  if (cell.status === "failed") {
    return <span className="text-xs text-slate-400">failed</span>;
  }
  if (cell.position === null) {
    return (
      <span className="text-slate-500" title={`${domain}: not in the top 100`}>
        <span aria-hidden>&gt;100</span>
        <span className="sr-only">Not in top 100</span>
      </span>
    );
  }
  const before = ahead(cell, row);
  return (
    <span
      className={before ? "font-semibold tabular-nums text-red-700" : "tabular-nums text-slate-700"}
      title={before ? `${domain} ranks above you` : undefined}
    >
      {cell.position}
      {before ? <span className="sr-only"> (ahead of you)</span> : null}
    </span>
  );
}

/**
 * One compact column per competitor (its latest position), to sit beside the table's own
 * position column. Empty while there are no competitors, so the table is unchanged.
 */
export function useCompetitorColumns(slug: string, projectId: string): Column[] {
  const { data } = useQuery(competitorsQuery(slug, projectId));
  return useMemo(
    () =>
      (data?.competitors ?? []).map((c) =>
        helper.display({
          id: `competitor:${c.id}`,
          header: () => (
            <span className="block max-w-24 truncate" title={c.domain}>
              {c.domain}
            </span>
          ),
          cell: ({ row }) => (
            <Cell
              cell={data?.cells[row.original.id]?.[c.id]}
              row={row.original}
              domain={c.domain}
            />
          ),
        }),
      ),
    [data],
  );
}

/** The columns with the competitors' placed right after the project's own position. */
export function withCompetitorColumns<T extends readonly unknown[]>(
  columns: T,
  extra: Column[],
): T {
  if (extra.length === 0) return columns;
  const list = [...columns] as { id?: string }[];
  const at = list.findIndex((c) => c.id === "position");
  list.splice(at < 0 ? list.length : at + 1, 0, ...(extra as { id?: string }[]));
  return list as unknown as T;
}
