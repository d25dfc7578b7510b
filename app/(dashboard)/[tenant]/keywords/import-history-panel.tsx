"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ColumnMapping } from "@/lib/keywords/history-import/import-columns";
import { type HistoryImportView, sendHistoryFile } from "@/lib/queries/history-import";
import { projectsQuery } from "@/lib/queries/keywords";
import {
  HISTORY_IMPORT_MAX_BYTES,
  HISTORY_IMPORT_TOO_LARGE,
} from "@/lib/validations/history-import";
import { ImportColumnPicker } from "./import-column-picker";
import { ImportPreview } from "./import-preview";

/**
 * Import history from a CSV: choose a file, check the columns and the preview, then import.
 * Every step asks the server (a preview is the import rolled back), so what is shown is exactly
 * what the import will do.
 */
export function ImportHistoryPanel({ slug, projectId }: { slug: string; projectId: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const [tooLarge, setTooLarge] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [view, setView] = useState<HistoryImportView>();
  const [done, setDone] = useState<HistoryImportView["summary"]>(null);

  const preview = useMutation({
    mutationFn: (input: { file: File; mapping: ColumnMapping | null }) =>
      sendHistoryFile(slug, projectId, input.file, { mapping: input.mapping, dryRun: true }),
    onSuccess: (result) => {
      setView(result);
      if (result.mapping) setMapping(result.mapping);
    },
  });
  const run = useMutation({
    mutationFn: (input: { file: File; mapping: ColumnMapping | null }) =>
      sendHistoryFile(slug, projectId, input.file, { mapping: input.mapping, dryRun: false }),
    onSuccess: async (result) => {
      setDone(result.summary);
      setView(undefined);
      setFile(undefined);
      // The table, the chart and the project list all read the history just written (prefix).
      await queryClient.invalidateQueries({ queryKey: projectsQuery(slug).queryKey });
    },
  });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setView(undefined);
    setDone(null);
    setMapping(null);
    run.reset();
    // Refused here at once; the server refuses it too, without reading it whole.
    setTooLarge(!!chosen && chosen.size > HISTORY_IMPORT_MAX_BYTES);
    setFile(chosen);
    if (chosen && chosen.size <= HISTORY_IMPORT_MAX_BYTES) {
      preview.mutate({ file: chosen, mapping: null });
    }
  };
  const onMapping = (next: ColumnMapping) => {
    setMapping(next);
    if (file) preview.mutate({ file, mapping: next });
  };
  const busy = preview.isPending || run.isPending;

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-700">
          History file (CSV in UTF-8, at most 10 MB)
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={onFile}
          className="block max-w-full text-sm"
        />
        <p className="text-xs text-slate-500">
          Dates in ISO 8601 (2026-05-01 or 2026-05-01T10:00:00Z, UTC unless a zone is given).
          Exports of this dashboard, SerpBear and SE Ranking are recognised.
        </p>
      </div>
      {tooLarge ? <Alert tone="error">{HISTORY_IMPORT_TOO_LARGE}.</Alert> : null}
      {preview.isError ? <Alert tone="error">{preview.error.message}</Alert> : null}
      {run.isError ? <Alert tone="error">{run.error.message}</Alert> : null}
      {preview.isPending ? <p className="text-sm text-slate-500">Reading the file…</p> : null}
      {view && mapping && view.headers.length ? (
        <ImportColumnPicker
          headers={view.headers}
          mapping={mapping}
          disabled={busy}
          onChange={onMapping}
        />
      ) : null}
      {view ? <ImportPreview view={view} /> : null}
      {view?.ok && file ? (
        <Button disabled={busy} onClick={() => run.mutate({ file, mapping })}>
          {run.isPending ? "Importing…" : `Import ${view.summary?.rows ?? 0} rows`}
        </Button>
      ) : null}
      {done ? (
        <Alert tone="success">
          Imported {done.added} row{done.added === 1 ? "" : "s"}
          {done.alreadyStored ? `; ${done.alreadyStored} were already stored and were skipped` : ""}
          .
          {done.newKeywords.length
            ? ` Added ${done.newKeywords.length} keyword${done.newKeywords.length === 1 ? "" : "s"} not tracked before: ${done.newKeywords.join(", ")}.`
            : ""}
        </Alert>
      ) : null}
    </div>
  );
}

/** The panel folded under its own heading on the keywords page, like "Add keywords". */
export function ImportHistoryDetails({ slug, projectId }: { slug: string; projectId: string }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <summary className="cursor-pointer text-base font-semibold text-slate-900">
        Import history
      </summary>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        Bring positions tracked elsewhere into this domain. Nothing is stored unless every row is
        valid, and importing the same rows again adds nothing.
      </p>
      <ImportHistoryPanel slug={slug} projectId={projectId} />
    </details>
  );
}
