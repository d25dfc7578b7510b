"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/queries/fetch-json";
import { type AddDomainsResult, listUrl, prospectKeys } from "@/lib/queries/prospects";
import { cn } from "@/lib/utils";
import { MAX_ADD_ENTRIES, splitDomainLines } from "@/lib/validations/prospects";
import { CsvUpload } from "./csv-upload";

type Mode = "paste" | "csv";

/** Paste or upload; the server normalises and de-duplicates, and says what it rejected and why. */
export function AddDomains({ slug, listId }: { slug: string; listId: string }) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("paste");
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  // Where each sent entry came from (pasted line or file row), to say which one was refused.
  const [lineOf, setLineOf] = useState<(entry: number) => string>(() => (e: number) => `Line ${e}`);
  const add = useMutation({
    mutationFn: (entries: string[]) =>
      fetchJson<AddDomainsResult>(`${listUrl(slug, listId)}/domains`, {
        method: "POST",
        json: { entries },
      }),
    onSuccess: async () => {
      setText("");
      await queryClient.invalidateQueries({ queryKey: prospectKeys.lists(slug) });
    },
  });

  const send = (entries: string[], where: (entry: number) => string) => {
    if (entries.length === 0) return setError("Paste or upload at least one domain.");
    if (entries.length > MAX_ADD_ENTRIES)
      return setError(
        `That is ${entries.length.toLocaleString("en-US")} lines; add at most ${MAX_ADD_ENTRIES.toLocaleString("en-US")} at a time.`,
      );
    setError(undefined);
    setLineOf(() => where);
    add.mutate(entries);
  };
  const submitPaste = (event: FormEvent) => {
    event.preventDefault();
    const { entries, lines } = splitDomainLines(text);
    send(entries, (entry) => `Line ${lines[entry - 1] ?? entry}`);
  };

  return (
    <div className="space-y-4">
      <div role="tablist" aria-label="How to add domains" className="flex gap-2">
        {(["paste", "csv"] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={mode === m}
            onClick={() => setMode(m)}
            className={cn(
              "rounded-md px-3 py-1 text-sm",
              mode === m ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600",
            )}
          >
            {m === "paste" ? "Paste" : "Upload CSV"}
          </button>
        ))}
      </div>
      {mode === "paste" ? (
        <form onSubmit={submitPaste} className="space-y-2">
          <label htmlFor="paste-domains" className="block text-sm font-medium text-slate-700">
            Domains
          </label>
          <textarea
            id="paste-domains"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={6}
            placeholder={"example.com\nhttps://www.blog.example.org/post\nnews.example.net"}
            className="block w-full rounded-md border border-slate-300 p-3 font-mono text-sm"
          />
          <Button type="submit" size="sm" disabled={add.isPending}>
            {add.isPending ? "Adding…" : "Add domains"}
          </Button>
        </form>
      ) : (
        <CsvUpload onEntries={send} busy={add.isPending} />
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {add.error ? <Alert tone="error">{add.error.message}</Alert> : null}
      <div aria-live="polite">
        {add.data ? (
          <AddSummary result={add.data} lineOf={lineOf}>
            {add.data.added > 0 ? (
              <FetchNow slug={slug} listId={listId} added={add.data.added} />
            ) : null}
          </AddSummary>
        ) : null}
      </div>
    </div>
  );
}

/** New domains have no metrics yet: offer the fetch right where they were added. */
function FetchNow({ slug, listId, added }: { slug: string; listId: string; added: number }) {
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: () =>
      fetchJson(`${listUrl(slug, listId)}/run`, { method: "POST", json: { mode: "all" } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: prospectKeys.run(slug, listId) }),
  });
  if (start.isSuccess)
    return <p className="text-slate-700">Fetching metrics: follow the progress under Metrics.</p>;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" onClick={() => start.mutate()} disabled={start.isPending}>
        {/* Not "Fetch metrics…": that is the Metrics card's button, for the whole list. */}
        Fetch the {added.toLocaleString("en-US")} new domain{added === 1 ? "" : "s"} now
      </Button>
      {start.error ? <span className="text-red-700">{start.error.message}</span> : null}
    </div>
  );
}

function AddSummary({
  result,
  lineOf,
  children,
}: {
  result: AddDomainsResult;
  lineOf: (entry: number) => string;
  children?: ReactNode;
}) {
  return (
    <div data-testid="add-summary" className="space-y-2 text-sm">
      <p>
        <strong>{result.added}</strong> added · <strong>{result.duplicates}</strong> duplicates
        skipped · <strong>{result.rejectedCount}</strong> rejected · list now holds{" "}
        {result.total.toLocaleString("en-US")} domains
      </p>
      {result.rejected.length > 0 ? (
        <details open={result.rejected.length <= 10}>
          <summary className="cursor-pointer text-slate-700">Rejected lines</summary>
          <ul className="mt-1 max-h-48 space-y-1 overflow-auto text-xs">
            {result.rejected.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list; the same bad line may repeat
              <li key={`${i}-${r.input}`}>
                {lineOf(r.line)}: <code className="rounded bg-slate-100 px-1">{r.input}</code> —{" "}
                {r.reason}
              </li>
            ))}
            {result.rejectedCount > result.rejected.length ? (
              <li>…and {result.rejectedCount - result.rejected.length} more</li>
            ) : null}
          </ul>
        </details>
      ) : null}
      {children}
    </div>
  );
}
