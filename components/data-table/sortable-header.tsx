import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

export type SortDirection = "asc" | "desc" | false;

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

interface Props {
  sorted: SortDirection;
  /** Absent: the column cannot be sorted and its header is plain text. */
  onSort?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A column header that sorts: a real <button> (reachable by Tab, pressed with Enter or Space)
 * inside a <th> whose aria-sort tells screen readers the current order. aria-sort is left off
 * unsorted columns, as the ARIA practices advise, so only the sorted column is announced.
 */
export function SortableHeader({ sorted, onSort, className, children }: Props) {
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <th
      scope="col"
      aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
      // Long names ("Citation Flow") wrap rather than push the verdict column out of view.
      className={cn(
        // The table passes the pinned columns' classes (sticky, background) in className.
        "py-2 pr-3 align-bottom font-medium",
        className,
      )}
    >
      {onSort ? (
        <button
          type="button"
          onClick={onSort}
          className={cn(
            "inline-flex items-center gap-1 rounded text-left uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600",
            sorted && "text-brand-700",
          )}
        >
          {children}
          <Icon aria-hidden className={cn("size-3", !sorted && "opacity-40")} />
        </button>
      ) : (
        children
      )}
    </th>
  );
}
