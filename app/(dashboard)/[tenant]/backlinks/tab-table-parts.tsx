"use client";

import { ChevronLeft, ChevronRight, Download } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { MAX_CONTAINS } from "@/lib/validations/refdomains";

// Pieces shared by the Referring domains and Anchors tabs: the "contains" filter, where the
// rows came from, the CSV link and the pager.

const n = (value: number) => value.toLocaleString("en-US");

/** Applied on submit (not per keystroke); keyed by the URL's filter in the parent. */
export function ContainsFilter({
  label,
  value,
  onApply,
}: {
  label: string;
  value: string;
  onApply: (q: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft.trim());
  };
  return (
    <form onSubmit={submit} aria-label={`Filter by ${label}`} className="flex items-end gap-2">
      <label className="min-w-0 space-y-1 text-xs font-medium text-slate-600">
        <span className="block">{label} contains</span>
        <input
          type="search"
          value={draft}
          maxLength={MAX_CONTAINS}
          onChange={(e) => setDraft(e.target.value)}
          className="h-8 w-48 max-w-full rounded-md border border-slate-300 px-2 text-sm text-slate-900"
        />
      </label>
      <Button type="submit" variant="secondary" size="sm">
        Apply
      </Button>
      {value ? (
        <Button type="button" variant="ghost" size="sm" onClick={() => onApply("")}>
          Clear
        </Button>
      ) : null}
    </form>
  );
}

interface SourceReply {
  source: "api" | "aggregated";
  fetchedLinks: number | null;
  fetched: number;
  complete: boolean;
  fetchedBy: string;
}

/** Where the rows came from, said plainly: SE Ranking's own list, or built from N links. */
export function SourceNote({ reply, noun }: { reply: SourceReply; noun: string }) {
  if (reply.source === "aggregated") {
    return (
      <p className="text-sm text-slate-600" data-testid="tab-source">
        Built from the backlink list: from the {n(reply.fetchedLinks ?? 0)} links fetched
        {reply.complete ? " (the whole list)" : " (the list has more)"}.
      </p>
    );
  }
  return (
    <p className="text-sm text-slate-600" data-testid="tab-source">
      {reply.complete
        ? `All ${n(reply.fetched)} ${noun} SE Ranking has.`
        : `SE Ranking's top ${n(reply.fetched)} ${noun} ${reply.fetchedBy}; sorting and filtering apply to these.`}
    </p>
  );
}

/** The whole filtered list in the shown order, written by the server (formulas neutralised). */
export function CsvLink({ href, count }: { href: string; count: number }) {
  const label = (
    <>
      <Download aria-hidden className="size-4" />
      Export {n(count)} rows (CSV)
    </>
  );
  if (count === 0) {
    return (
      <Button variant="secondary" size="sm" disabled>
        {label}
      </Button>
    );
  }
  return (
    <Button asChild variant="secondary" size="sm">
      <a href={href} download>
        {label}
      </a>
    </Button>
  );
}

export function TabPager({
  page,
  limit,
  total,
  shown,
  busy,
  onPage,
}: {
  page: number;
  limit: number;
  total: number;
  shown: number;
  busy: boolean;
  onPage: (page: number) => void;
}) {
  const pageCount = Math.max(1, Math.ceil(total / limit));
  const first = (page - 1) * limit + 1;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite" className="text-slate-600" data-testid="tab-page-status">
        {shown > 0
          ? `Rows ${n(first)}–${n(first + shown - 1)} of ${n(total)} · page ${n(page)} of ${n(pageCount)}`
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
          disabled={page >= pageCount}
          onClick={() => onPage(page + 1)}
        >
          Next page
          <ChevronRight aria-hidden className="size-4" />
        </Button>
      </div>
    </nav>
  );
}
