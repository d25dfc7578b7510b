"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  hasNextPage,
  type PageStatusInput,
  pageStatus,
  previousPage,
} from "@/lib/backlinks/page-status";

interface Props extends PageStatusInput {
  busy: boolean;
  onPage: (page: number) => void;
}

/**
 * Previous / next over SE Ranking's pages, with where we are said in words for screen readers.
 * The list has no count: Next stays while the page is full (the summary's total is no end), and
 * the count reads "at least N" until a short page or the walk's end proves it.
 */
export function Pagination({ busy, onPage, ...status }: Props) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite" className="text-slate-600" data-testid="page-status">
        {pageStatus(status)}
        {busy ? " · loading…" : ""}
      </p>
      <div className="flex gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={status.page <= 1}
          onClick={() => onPage(previousPage(status))}
        >
          <ChevronLeft aria-hidden className="size-4" />
          Previous page
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={!hasNextPage(status)}
          onClick={() => onPage(status.page + 1)}
        >
          Next page
          <ChevronRight aria-hidden className="size-4" />
        </Button>
      </div>
    </nav>
  );
}
