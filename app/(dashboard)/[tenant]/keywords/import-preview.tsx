"use client";

import { When } from "@/components/format/date-format";
import { Alert } from "@/components/ui/alert";
import type { HistoryImportView } from "@/lib/queries/history-import";

/** Every problem with its row, or the first rows as they would be stored and what would change. */
export function ImportPreview({ view }: { view: HistoryImportView }) {
  if (!view.ok) {
    return (
      <Alert tone="error">
        <p className="font-medium">
          {view.problemCount} problem{view.problemCount === 1 ? "" : "s"} in the file: nothing is
          imported until each is fixed.
        </p>
        <ul className="mt-2 list-disc space-y-0.5 pl-5" aria-label="Problems">
          {view.problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one row can have several problems
            <li key={i}>{p.row === null ? p.message : `Row ${p.row}: ${p.message}`}</li>
          ))}
        </ul>
        {view.problemCount > view.problems.length ? (
          <p className="mt-2">…and {view.problemCount - view.problems.length} more.</p>
        ) : null}
      </Alert>
    );
  }
  const s = view.summary;
  return (
    <div className="space-y-3">
      {s ? (
        <p className="text-sm text-slate-700" data-testid="import-preview-summary">
          {s.rows} rows read: {s.added} to add, {s.alreadyStored} already stored.
          {s.newKeywords.length
            ? ` ${s.newKeywords.length} keyword${s.newKeywords.length === 1 ? " is" : "s are"} not tracked yet and will be added.`
            : ""}
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">First rows of the file as they will be stored</caption>
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="px-2 py-1">Row</th>
              <th className="px-2 py-1">Date</th>
              <th className="px-2 py-1">Keyword</th>
              <th className="px-2 py-1">Position</th>
              <th className="px-2 py-1">Status</th>
              <th className="px-2 py-1">URL</th>
              <th className="px-2 py-1">Volume</th>
            </tr>
          </thead>
          <tbody>
            {view.preview.map((r) => (
              <tr key={r.row} className="border-t border-slate-100">
                <td className="px-2 py-1 text-slate-500">{r.row}</td>
                <td className="px-2 py-1 whitespace-nowrap">
                  <When value={r.checkedAt} />
                </td>
                <td className="px-2 py-1">{r.keyword}</td>
                <td className="px-2 py-1">{r.position ?? "–"}</td>
                <td className="px-2 py-1">
                  {r.status === "failed"
                    ? "Check failed"
                    : r.position === null
                      ? "Not in top 100"
                      : "Ranked"}
                </td>
                <td className="max-w-48 truncate px-2 py-1">{r.url ?? ""}</td>
                <td className="px-2 py-1">{r.volume?.toLocaleString("en-US") ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
