"use client";

import {
  FlexRender,
  type ReactTable,
  type RowData,
  type TableFeatures,
} from "@tanstack/react-table";
import { type ReactNode, useDeferredValue, useEffect, useState } from "react";
import { cn } from "@/lib/utils";
import { SortableHeader, type SortDirection } from "./sortable-header";

/** What a column offers when its table has rowSortingFeature (client-side or manual sorting). */
interface SortableColumn {
  getCanSort?: () => boolean;
  getIsSorted?: () => SortDirection;
  toggleSorting?: () => void;
}

interface Props<TFeatures extends TableFeatures, TData extends RowData> {
  // biome-ignore lint/suspicious/noExplicitAny: any selected-state shape is fine for rendering
  table: ReactTable<TFeatures, TData, any>;
  /** Read by screen readers before the table; say what the rows are and how they are ordered. */
  caption?: ReactNode;
  /** Shown in one full-width row when there is no row to show. */
  empty?: ReactNode;
  testId?: string;
  rowTestId?: string;
  className?: string;
  /**
   * Columns that stay in view while a narrow screen scrolls the table sideways: 1 (the first),
   * or 2 when the first is a narrow selection checkbox and the second names the row.
   */
  stickyColumns?: 1 | 2;
}

// The checkbox column is exactly 2.5rem wide when a second column sticks beside it, so the
// second one's left offset (left-10) is known without measuring.
const STICKY = {
  1: ["sticky left-0 z-10 pl-3"],
  2: ["sticky left-0 z-10 w-10 min-w-10 max-w-10 pl-3", "sticky left-10 z-10"],
} as const;

// A stable empty first value: the rows' first render is then deferred (see below).
const NO_ROWS: never[] = [];

/** The classes that pin cell `index` (with its own background, so scrolled cells pass under). */
function stickyClass(index: number, columns: 1 | 2, background: string) {
  const pinned = STICKY[columns][index];
  if (!pinned) return undefined;
  // The last pinned column draws a right edge, so the cells passing under it read as such.
  const edge = index === columns - 1 ? "shadow-[inset_-1px_0_0_#e2e8f0]" : "";
  return cn(pinned, background, edge);
}

/**
 * The one table layout of the app: a TanStack table's headers (sortable where the column can
 * sort, whether the rows are sorted here or by SE Ranking) and its rows, nothing else. Selection
 * checkboxes and actions are ordinary display columns, so every table renders the same way.
 */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  caption,
  empty,
  testId,
  rowTestId,
  className,
  stickyColumns = 1,
}: Props<TFeatures, TData>) {
  const current = table.getRowModel().rows;
  // The rows arrive from the browser's fetch. Rendered in the update that brings them, a page of
  // rows is one long task (React renders a store update in one go): on a phone that blocks the
  // page for most of a second while it loads. A deferred value is rendered in 5 ms slices
  // instead, between which the page answers taps: the header is drawn at once, the first rows a
  // moment later. Only the first rows: later changes (sort, page, filter) answer a click and are
  // drawn in that update, so what is shown is never older than what was asked for.
  const deferred = useDeferredValue<typeof current>(current, NO_ROWS);
  const [populated, setPopulated] = useState(false);
  const settled = populated || deferred === current;
  useEffect(() => {
    if (settled && !populated) setPopulated(true);
  }, [settled, populated]);
  const rows = populated ? current : deferred;
  return (
    // relative: screen-reader-only text in cells is positioned absolutely; without a positioned
    // scroll box it would stick out of it and widen the whole page on a phone.
    <div className={cn("relative overflow-x-auto", className)}>
      <table
        className="w-full text-left text-sm"
        data-testid={testId}
        aria-busy={settled ? undefined : true}
      >
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header, index) => {
                const column = header.column as unknown as SortableColumn;
                const canSort = column.getCanSort?.() ?? false;
                return (
                  <SortableHeader
                    key={header.id}
                    className={stickyClass(index, stickyColumns, "bg-slate-50")}
                    sorted={column.getIsSorted?.() ?? false}
                    // The column's own order rules (sortDescFirst, removal); one column at a time.
                    onSort={canSort ? () => column.toggleSorting?.() : undefined}
                  >
                    {header.isPlaceholder ? null : <FlexRender header={header} />}
                  </SortableHeader>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="border-b border-slate-100 last:border-0"
              data-testid={rowTestId}
            >
              {row.getAllCells().map((cell, index) => (
                <td
                  key={cell.id}
                  className={cn(
                    "py-2 pr-3 align-top tabular-nums",
                    stickyClass(index, stickyColumns, "bg-white"),
                  )}
                >
                  <FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {settled && rows.length === 0 && empty ? (
            <tr>
              <td
                colSpan={table.getAllLeafColumns().length}
                className="px-3 py-8 text-center text-slate-600"
              >
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
