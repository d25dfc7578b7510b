"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { VerdictFilter } from "@/lib/prospects/table-view";

interface Props {
  verdict: VerdictFilter;
  onVerdict: (v: VerdictFilter) => void;
  search: string;
  onSearch: (s: string) => void;
  /** Tags used in the list; the filter shows when there is one (or one is chosen). */
  tags: string[];
  tag: string;
  onTag: (t: string) => void;
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
      {p.tags.length > 0 || p.tag ? (
        <div className="space-y-1">
          <label htmlFor="tag-filter" className="block text-xs font-medium text-slate-600">
            Tag
          </label>
          <select
            id="tag-filter"
            value={p.tag}
            onChange={(e) => p.onTag(e.target.value)}
            className="h-9 max-w-40 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            <option value="">All</option>
            {/* A tag from a shared link that no row carries any more stays choosable. */}
            {(p.tags.includes(p.tag) || !p.tag ? p.tags : [...p.tags, p.tag]).map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
      ) : null}
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
