"use client";

import { type ChangeEvent, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { normalizeDomain } from "@/lib/seranking/domain";
import { MAX_UPLOAD_BYTES } from "@/lib/validations/prospects";

interface Parsed {
  name: string;
  rows: string[][];
}

/** Parses a CSV in the browser and lets the user pick which column holds the domains. */
export function CsvUpload({
  onEntries,
  busy,
}: {
  /** `where` names the file row an entry came from, for the refusals. */
  onEntries: (entries: string[], where: (entry: number) => string) => void;
  busy: boolean;
}) {
  const id = useId();
  const [parsed, setParsed] = useState<Parsed>();
  const [column, setColumn] = useState(0);
  const [hasHeader, setHasHeader] = useState(true);
  const [error, setError] = useState<string>();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setParsed(undefined);
    setError(undefined);
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.`);
      return;
    }
    // The CSV parser is fetched when a file is chosen, not with the page (~12 KB gzip less).
    const { default: Papa } = await import("papaparse");
    Papa.parse<string[]>(file, {
      skipEmptyLines: "greedy",
      complete: (result) => {
        const rows = result.data.filter((r) => Array.isArray(r) && r.length > 0);
        if (rows.length === 0) return setError("The file has no rows.");
        // Guess: the column whose second row looks most like a domain, and a header when the
        // first row of that column is not a domain.
        const sample = rows[1] ?? rows[0]!;
        const guess = Math.max(
          0,
          sample.findIndex((cell) => normalizeDomain(cell ?? "").ok),
        );
        setColumn(guess);
        setHasHeader(!normalizeDomain(rows[0]?.[guess] ?? "").ok);
        setParsed({ name: file.name, rows });
      },
      error: (e) => setError(`The file could not be read as CSV: ${e.message}`),
    });
  };

  const header = parsed?.rows[0] ?? [];
  const entries = parsed
    ? (hasHeader ? parsed.rows.slice(1) : parsed.rows).map((r) => r[column] ?? "")
    : [];

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-700">
          CSV file (at most 2 MB)
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={onFile}
          className="block text-sm"
        />
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {parsed ? (
        <div className="space-y-3">
          <div className="space-y-1">
            <label htmlFor={`${id}-column`} className="block text-sm font-medium text-slate-700">
              Domain column
            </label>
            <select
              id={`${id}-column`}
              value={column}
              onChange={(e) => setColumn(Number(e.target.value))}
              className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
            >
              {header.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <option key={i} value={i}>
                  Column {i + 1}
                  {cell ? `: ${cell.slice(0, 40)}` : ""}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={hasHeader}
              onChange={(e) => setHasHeader(e.target.checked)}
            />
            The first row is a header
          </label>
          <p className="text-sm text-slate-600">
            {entries.length.toLocaleString("en-US")} rows from {parsed.name}, e.g.{" "}
            <code>{entries.slice(0, 3).join(", ")}</code>
          </p>
          <Button
            size="sm"
            disabled={busy}
            onClick={() => onEntries(entries, (entry) => `Row ${entry + (hasHeader ? 1 : 0)}`)}
          >
            {busy ? "Adding…" : "Add domains from the file"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
