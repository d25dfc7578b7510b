"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";

interface Props {
  page: number;
  pageCount: number;
  total: number;
  limit: number;
  shown: number;
  busy: boolean;
  /** The total counts filter matches, not the whole list. */
  matching?: boolean;
  onPage: (page: number) => void;
}

const n = (value: number) => value.toLocaleString("en-US");

/** Previous / next over SE Ranking's pages, with where we are said in words for screen readers. */
export function Pagination(props: Props) {
  const { page, pageCount, total, limit, shown, busy, matching, onPage } = props;
  const first = (page - 1) * limit + 1;
  const last = (page - 1) * limit + shown;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite" className="text-slate-600" data-testid="page-status">
        {shown > 0
          ? `Rows ${n(first)}–${n(last)} of ${n(total)}${matching ? " matching" : ""} · page ${n(page)} of ${n(pageCount)}`
          : `Page ${n(page)} of ${n(pageCount)}`}
        {busy ? " · loading…" : ""}
      </p>
      <div className="flex gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={page <= 1}
          onClick={() => onPage(Math.min(page - 1, pageCount))}
        >
          <ChevronLeft aria-hidden className="size-4" />
          Previous page
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={page >= pageCount || shown < limit}
          onClick={() => onPage(page + 1)}
        >
          Next page
          <ChevronRight aria-hidden className="size-4" />
        </Button>
      </div>
    </nav>
  );
}
