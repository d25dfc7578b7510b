import "server-only";
import { ApiError } from "@/lib/api/errors";
import { upstreamToApiError } from "@/lib/api/upstream-errors";
import { backlinksCsvLines } from "@/lib/backlinks/backlinks-csv";
import { applyFilters } from "@/lib/backlinks/text-filters";
import {
  type Ending,
  endExport,
  findExport,
  markRunning,
  noteTrouble,
  storePage,
} from "@/lib/db/queries/backlink-exports";
import type { BacklinkExport } from "@/lib/db/schema";
import type { JobHandler } from "@/lib/jobs/contract";
import { defineHandler } from "@/lib/jobs/registry";
import { dialectById } from "@/lib/seranking/dialects/registry";
import { isSERankingError } from "@/lib/seranking/errors";
import { attributed, exportActor } from "@/lib/services/budgets/attributed-jobs";
import { type BacklinkSort, MAX_PAGE_SIZE } from "@/lib/validations/backlinks";
import { backlinksPage } from "./backlinks-service";

// The whole-list export as a job. It pages through the list the way the Backlinks page does
// (provider-v3: cached offset pages; Data API: the stored /raw cursor walk), so pages already
// viewed or exported cost nothing again. Each page's CSV lines and the checkpoint are stored in
// one transaction: a re-delivered job resumes at the checkpoint and never writes a row twice.
// Paging does not trust the summary's count: only a short page ends the walk. Text filters are
// applied to each fetched page here (the list is paged unfiltered, so the walk and its end are
// the same), with the same matching as the table's.

/** Rows per list page: SE Ranking's own ceiling, so few calls. */
export const EXPORT_PAGE_SIZE = MAX_PAGE_SIZE;

export const runBacklinkExport: JobHandler<"backlink-export"> = async (payload, context) => {
  const { tenantId, exportId } = payload;
  const { db, signal } = context;
  const found = await findExport(db, tenantId, exportId);
  if (!found || (found.status !== "queued" && found.status !== "running")) return;
  let current = await markRunning(db, tenantId, exportId);
  if (!current) return;
  const labels = dialectById(current.dialect).metricLabels;

  for (;;) {
    if (signal.aborted) {
      // A cancel already ended the export; otherwise the process is stopping: hand the job back
      // and the next delivery resumes from the checkpoint.
      if ((await findExport(db, tenantId, exportId))?.status === "cancelled") return;
      throw signal.reason ?? new Error("The export was interrupted");
    }
    const page = current.nextPage;
    let reply: Awaited<ReturnType<typeof backlinksPage>>;
    try {
      reply = await backlinksPage(db, tenantId, {
        domain: current.domain,
        page,
        limit: EXPORT_PAGE_SIZE,
        sort: current.sort as BacklinkSort,
        dofollow: current.dofollow,
      });
    } catch (error) {
      if (signal.aborted) continue;
      if (isTransient(error)) {
        // SE Ranking is down or slow for now: the engine delivers the job again with backoff
        // (resuming here); meanwhile the export says what it is waiting for.
        await noteTrouble(db, tenantId, exportId, upstreamToApiError(error)!.message);
        throw error;
      }
      await endExport(db, tenantId, exportId, stopFor(error, current));
      return;
    }
    if (reply.metricLabels.set !== labels.set) {
      await endExport(db, tenantId, exportId, {
        status: "failed",
        stopReason: "error",
        error:
          "The workspace's SE Ranking key changed to another API while exporting, so the columns would not match: start a new export.",
      });
      return;
    }
    const rows = reply.rows;
    const kept = applyFilters(rows, current.filters);
    const stored = await storePage(db, current, page, {
      rows: kept.length,
      content: backlinksCsvLines(kept, labels),
    });
    // Cancelled meanwhile, or another delivery of this job stored this page first.
    if (!stored) return;
    current = stored;
    if (rows.length < EXPORT_PAGE_SIZE) {
      await endExport(db, tenantId, exportId, {
        status: "done",
        stopReason: "end_of_list",
        total: current.rowsWritten,
      });
      return;
    }
  }
};

/** Failures that pass: the engine's retries with backoff outlast the client's own few. */
function isTransient(error: unknown): boolean {
  return (
    isSERankingError(error) &&
    ["rate_limited", "upstream_unavailable", "timeout", "bad_response"].includes(error.kind)
  );
}

const resumeFrom = (current: BacklinkExport) =>
  `Retry to resume from backlink ${(current.rowsWritten + 1).toLocaleString("en-US")}.`;

/** Why SE Ranking (or we) stopped the walk, in words the user can act on. */
function stopFor(error: unknown, current: BacklinkExport): Ending {
  const api = error instanceof ApiError ? error : upstreamToApiError(error);
  const resume = resumeFrom(current);
  if (isSERankingError(error)) {
    if (error.kind === "out_of_credits" || error.kind === "subscription_required") {
      return { status: "failed", stopReason: "out_of_credits", error: `${api!.message} ${resume}` };
    }
    if (error.kind === "limit_reached") {
      return { status: "failed", stopReason: "limit", error: `${api!.message} ${resume}` };
    }
  }
  if (!api) {
    console.error("[backlink-export] page failed", { tenantId: current.tenantId }, String(error));
  }
  const message = api?.message ?? "Something went wrong on our side while exporting.";
  return { status: "failed", stopReason: "error", error: `${message} ${resume}` };
}

/** The `backlink-export` queue's handler, listed in lib/jobs/handlers.ts. */
export const backlinkExportHandler = defineHandler(
  "backlink-export",
  attributed("backlink_export", exportActor, runBacklinkExport),
  {
    // Every delivery failed on our side (database, process): the export says so and keeps its rows.
    onGiveUp: async ({ tenantId, exportId }, { db }) => {
      const current = await findExport(db, tenantId, exportId);
      if (!current) return;
      // The last SE Ranking trouble it noted (if any) says more than "something went wrong".
      const ending = current.error
        ? {
            status: "failed" as const,
            stopReason: "error" as const,
            error: `${current.error} ${resumeFrom(current)}`,
          }
        : stopFor(new Error("every delivery failed"), current);
      await endExport(db, tenantId, exportId, ending);
    },
  },
);
