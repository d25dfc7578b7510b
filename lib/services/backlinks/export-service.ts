import "server-only";
import { backlinksCsvHeader } from "@/lib/backlinks/backlinks-csv";
import type { Db } from "@/lib/db/client";
import {
  createExport,
  endExport,
  findExport,
  listExports,
  requeueExport,
} from "@/lib/db/queries/backlink-exports";
import { findIntegration } from "@/lib/db/queries/integrations";
import type { RunSource } from "@/lib/jobs/contract";
import { enqueue } from "@/lib/jobs/enqueue";
import {
  requireExportBudget,
  requireExportRetryBudget,
} from "@/lib/services/budgets/starter-guards";
import {
  notConnected,
  requireBacklinkApi,
  tenantDialect,
} from "@/lib/services/seranking/tenant-client";
import type { BacklinkExportRequest } from "@/lib/validations/backlink-exports";
import type { TextFilters } from "@/lib/validations/backlink-filters";
import { type BacklinkExportView, exportProgress, exportView } from "./export-view";

// Starting, listing, cancelling and retrying whole-list exports. The walk itself is the
// `backlink-export` job (export-job.ts); this module only writes rows and enqueues.

export interface StartedExport {
  export: BacklinkExportView;
  /** False when the same view was already being exported: that export is answered instead. */
  created: boolean;
}

export async function startBacklinkExport(
  db: Db,
  tenantId: string,
  userId: string,
  request: BacklinkExportRequest,
): Promise<StartedExport> {
  if (!(await findIntegration(db, tenantId))?.apiKey) throw notConnected();
  await requireBacklinkApi(db, tenantId);
  // A second click (or a second tab) on the same view follows the export already under way.
  const running = (await listExports(db, tenantId, request.domain)).find(
    (e) =>
      (e.status === "queued" || e.status === "running") &&
      e.sort === request.sort &&
      e.dofollow === request.dofollow &&
      sameFilters(e.filters, request.filters),
  );
  if (running) return { export: exportView(running), created: false };

  await requireExportBudget(db, tenantId, request);
  const dialect = await tenantDialect(db, tenantId);
  const row = await createExport(
    db,
    tenantId,
    { ...request, dialect: dialect.id, startedBy: userId },
    backlinksCsvHeader(dialect.metricLabels),
  );
  await enqueueExport(db, tenantId, row.id);
  return { export: exportView(row), created: true };
}

const sameFilters = (a: TextFilters, b: TextFilters) =>
  JSON.stringify([a.anchor, a.url]) === JSON.stringify([b.anchor, b.url]);

/** Hands the export to the engine; if that fails the export says so instead of waiting forever. */
async function enqueueExport(db: Db, tenantId: string, exportId: string) {
  try {
    // No singleton key: a retry right after a cancel may overlap the old delivery's last page,
    // and storePage's checkpoint condition already keeps the two from writing a page twice.
    await enqueue(db, "backlink-export", { tenantId, exportId });
  } catch (error) {
    await endExport(db, tenantId, exportId, {
      status: "failed",
      stopReason: "error",
      error: "The export could not be started on our side: try again in a minute.",
    });
    throw error;
  }
}

export async function recentBacklinkExports(db: Db, tenantId: string, domain?: string) {
  return (await listExports(db, tenantId, domain)).map(exportView);
}

/** The run source of kind `backlink-export`: the one run-status API reads, cancels and retries. */
export const backlinkExportRunSource: RunSource = {
  kind: "backlink-export",
  async read(db, tenantId, id) {
    const row = await findExport(db, tenantId, id);
    return row ? exportProgress(row) : null;
  },
  // The job sees the cancel before it stores its next page (the store requires "running").
  async cancel(db, tenantId, id) {
    await endExport(db, tenantId, id, {
      status: "cancelled",
      stopReason: "cancelled",
      error: null,
    });
    return this.read(db, tenantId, id);
  },
  // A failed or cancelled export continues from its checkpoint: rows stored are kept.
  async retry(db, tenantId, id) {
    const stopped = await findExport(db, tenantId, id);
    if (stopped) await requireExportRetryBudget(db, tenantId, stopped);
    const row = await requeueExport(db, tenantId, id);
    if (!row) return this.read(db, tenantId, id);
    await enqueueExport(db, tenantId, id);
    // The state this retry set: a worker may already have taken the job by the time a re-read ran.
    return exportProgress(row);
  },
};
