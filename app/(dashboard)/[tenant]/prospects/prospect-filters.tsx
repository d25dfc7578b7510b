"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { VerdictFilter } from "@/lib/prospects/table-view";

interface Props {
  verdict: VerdictFilter;
  onVerdict: (v: VerdictFilter) => void;
  search: string;
  onSearch: (s: string) => void;
  shown: number;
  selectedCount: number;
  onClearSelection: () => void;
  /** Actions on what is shown or selected (export). */
  children?: ReactNode;
}

export function ProspectFilters(p: Props) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="prospect-search" className="block text-xs font-medium text-slate-600">
          Search domains
        </label>
        <input
          id="prospect-search"
          type="search"
          value={p.search}
          onChange={(e) => p.onSearch(e.target.value)}
          className="h-9 rounded-md border border-slate-300 px-2 text-sm"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="verdict-filter" className="block text-xs font-medium text-slate-600">
          Verdict
        </label>
        <select
          id="verdict-filter"
          value={p.verdict}
          onChange={(e) => p.onVerdict(e.target.value as VerdictFilter)}
          className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
        >
          <option value="all">All</option>
          <option value="pass">Pass</option>
          <option value="review">Review</option>
          <option value="reject">Reject</option>
          <option value="none">Not fetched</option>
        </select>
      </div>
      <p className="pb-2 text-sm text-slate-600" aria-live="polite">
        {p.shown.toLocaleString("en-US")} shown · {p.selectedCount} selected
      </p>
      {p.selectedCount > 0 ? (
        <Button variant="ghost" size="sm" onClick={p.onClearSelection}>
          Clear selection
        </Button>
      ) : null}
      {p.children}
    </div>
  );
}
