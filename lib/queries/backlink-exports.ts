import { queryOptions } from "@tanstack/react-query";
import type { BacklinkExportView } from "@/lib/services/backlinks/export-view";
import type { TextFilters } from "@/lib/validations/backlink-filters";
import type { BacklinkSort } from "@/lib/validations/backlinks";
import { fetchJson } from "./fetch-json";

/** The server's shape for one export (outcome, file name, the one progress shape). */
export type { BacklinkExportView } from "@/lib/services/backlinks/export-view";

const base = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}/backlinks/exports`;

export const exportDownloadUrl = (slug: string, id: string) =>
  `${base(slug)}/${encodeURIComponent(id)}/download`;

/**
 * This domain's recent exports. Not polled: each running one is followed by the progress
 * component (the run-status API), which refreshes this list when the export ends.
 */
export const exportsQuery = (slug: string, domain: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "backlinks", "exports", domain],
    queryFn: ({ signal }) =>
      fetchJson<{ exports: BacklinkExportView[] }>(
        `${base(slug)}?${new URLSearchParams({ domain })}`,
        { signal },
      ).then((r) => r.exports),
  });

export function startExport(
  slug: string,
  view: { domain: string; sort: BacklinkSort; dofollow: boolean; filters: TextFilters },
) {
  return fetchJson<{ export: BacklinkExportView }>(base(slug), {
    method: "POST",
    json: { domain: view.domain, sort: view.sort, dofollow: view.dofollow, filters: view.filters },
  }).then((r) => r.export);
}
