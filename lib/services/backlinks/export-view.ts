// What the browser gets for one whole-list export: its outcome in words and the one progress
// shape. The browser imports these types from here (`import type`), never redeclares them.
import { backlinksCsvName } from "@/lib/backlinks/backlinks-csv";
import { exportOutcome } from "@/lib/backlinks/export-outcome";
import { hasFilters } from "@/lib/backlinks/text-filters";
import type { BacklinkExport } from "@/lib/db/schema/backlink-exports";
import type { JobProgress } from "@/lib/jobs/progress";
import type { TextFilters } from "@/lib/validations/backlink-filters";
import type { BacklinkSort } from "@/lib/validations/backlinks";

export interface BacklinkExportView {
  id: string;
  domain: string;
  sort: BacklinkSort;
  dofollow: boolean;
  /** Text filters the file applies ({} = none). */
  filters: TextFilters;
  /** Data rows in the stored file. */
  rows: number;
  /** "N backlinks, ended because …" once it stopped; null while it runs. */
  outcome: string | null;
  /** A file can be downloaded once the export stopped, whole or partial. */
  downloadable: boolean;
  filename: string;
  createdAt: string;
  progress: JobProgress;
}

const ACTIVE = new Set(["queued", "running"]);

export function exportProgress(row: BacklinkExport): JobProgress {
  return {
    kind: "backlink-export",
    id: row.id,
    status: row.status,
    unit: "backlinks",
    done: row.rowsWritten,
    total: row.total,
    failed: 0,
    error: row.error,
    startedAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    canCancel: ACTIVE.has(row.status),
    canRetry: row.status === "failed" || row.status === "cancelled",
  };
}

export function exportView(row: BacklinkExport): BacklinkExportView {
  const ended = !ACTIVE.has(row.status);
  return {
    id: row.id,
    domain: row.domain,
    sort: row.sort as BacklinkSort,
    dofollow: row.dofollow,
    filters: row.filters,
    rows: row.rowsWritten,
    outcome: ended && row.stopReason ? exportOutcome(row.rowsWritten, row.stopReason) : null,
    downloadable: ended,
    filename: backlinksCsvName(row.domain, {
      sort: row.sort,
      dofollow: row.dofollow,
      filtered: hasFilters(row.filters),
      date: row.createdAt.toISOString().slice(0, 10),
    }),
    createdAt: row.createdAt.toISOString(),
    progress: exportProgress(row),
  };
}
