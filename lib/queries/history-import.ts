// The browser side of a history import: one call for the preview and the import alike.
import type { ColumnMapping } from "@/lib/keywords/history-import/import-columns";
import type { HistoryImportView } from "@/lib/services/keywords/history-io/import-view";
import { fetchJson } from "./fetch-json";
import { keywordUrls } from "./keywords";

export type { HistoryImportView };

export const historyImportUrl = (slug: string, projectId: string) =>
  `${keywordUrls.project(slug, projectId)}/import`;

/** Sends the file itself as the body (no form encoding): the server caps it as it streams in. */
export function sendHistoryFile(
  slug: string,
  projectId: string,
  file: File,
  { mapping, dryRun }: { mapping: ColumnMapping | null; dryRun: boolean },
) {
  const params = new URLSearchParams({ dryRun: String(dryRun) });
  if (mapping) params.set("mapping", JSON.stringify(mapping));
  return fetchJson<HistoryImportView>(`${historyImportUrl(slug, projectId)}?${params}`, {
    method: "POST",
    headers: { "Content-Type": "text/csv" },
    body: file,
  });
}
