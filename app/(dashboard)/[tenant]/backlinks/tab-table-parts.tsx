"use client";

import { Download } from "lucide-react";
import { type FormEvent, useState } from "react";
import { When } from "@/components/format/date-format";
import { Button } from "@/components/ui/button";
import type { TabReply } from "@/lib/services/backlinks/refdomains-view";
import { MAX_CONTAINS } from "@/lib/validations/refdomains";

// Pieces shared by the Referring domains and Anchors tabs: the "contains" filter, where the
// rows came from, and the CSV link.

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

type SourceReply = Pick<
  TabReply<unknown>,
  "source" | "fetchedLinks" | "fetched" | "complete" | "fetchedBy"
>;

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

/** When this tab's rows were fetched: its cache is its own, apart from the summary's. */
export function TabFreshness({
  reply,
}: {
  reply: Pick<TabReply<unknown>, "fetchedAt" | "fromCache">;
}) {
  return (
    <p className="text-sm text-slate-600" data-testid="tab-freshness">
      These rows: data from <When value={reply.fetchedAt} relative />
      {reply.fromCache ? " (cached)" : ""}
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
