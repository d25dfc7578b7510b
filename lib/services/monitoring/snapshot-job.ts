import "server-only";
// The backlink-snapshot job (one snapshot of one monitored domain) and the schedule's tick.
import { upstreamToApiError } from "@/lib/api/upstream-errors";
import { findMonitor, findSnapshot, finishSnapshot } from "@/lib/db/queries/backlink-monitoring";
import type { JobHandler } from "@/lib/jobs/contract";
import { defineHandler } from "@/lib/jobs/registry";
import { isSERankingError } from "@/lib/seranking/errors";
import { enqueueAlertEvaluation } from "@/lib/services/alerts/alert-jobs";
import { attributed, snapshotActor } from "@/lib/services/budgets/attributed-jobs";
import { scheduledWithinBudget } from "@/lib/services/budgets/budget-guard";
import { estimateSnapshotCredits } from "@/lib/services/budgets/work-estimates";
import { claimDueSnapshots } from "./monitor-service";
import { takeSnapshot } from "./snapshot-work";

/** Failures that pass: the engine's retries with backoff outlast the client's own few. */
function isTransient(error: unknown): boolean {
  return (
    isSERankingError(error) &&
    ["rate_limited", "upstream_unavailable", "timeout", "bad_response"].includes(error.kind)
  );
}

export const runSnapshotJob: JobHandler<"backlink-snapshot"> = async (payload, { db }) => {
  const { tenantId, monitorId, snapshotId } = payload;
  const snapshot = await findSnapshot(db, tenantId, snapshotId);
  if (snapshot?.status !== "running") return; // finished, or deleted with its domain
  const monitor = await findMonitor(db, tenantId, monitorId);
  if (!monitor) return;
  if (snapshot.trigger === "scheduled") {
    // Over the budget, a scheduled snapshot is skipped whole (before any call) and recorded.
    const credits = await estimateSnapshotCredits(db, tenantId, snapshot, monitor.domain);
    const subject = `Monitoring snapshot of ${monitor.domain}`;
    const work = { feature: "monitoring_snapshot" as const, credits, subject };
    const verdict = await scheduledWithinBudget(db, tenantId, work);
    if (!verdict.ok) {
      await finishSnapshot(db, tenantId, snapshotId, { status: "failed", error: verdict.message });
      return;
    }
  }
  try {
    await takeSnapshot(db, snapshot, monitor.domain);
    await enqueueAlertEvaluation(db, tenantId, "backlink-snapshot", snapshotId);
  } catch (error) {
    if (isTransient(error)) throw error;
    const api = upstreamToApiError(error);
    if (!api) throw error; // ours (database, process): the engine retries, then gives up
    // SE Ranking refused (credits, key, plan): nothing stored, the snapshot says why.
    await finishSnapshot(db, tenantId, snapshotId, { status: "failed", error: api.message });
  }
};

export const backlinkSnapshotHandler = defineHandler(
  "backlink-snapshot",
  attributed("monitoring_snapshot", snapshotActor, runSnapshotJob),
  {
    onGiveUp: async ({ tenantId, snapshotId }, { db }) => {
      await finishSnapshot(db, tenantId, snapshotId, {
        status: "failed",
        error: "The snapshot stopped on an unexpected error; try Refresh now.",
      });
    },
    rules: { policy: "exclusive", retryLimit: 5, localConcurrency: 2 },
  },
);

export const backlinkSnapshotsDueHandler = defineHandler(
  "backlink-snapshots-due",
  async (_payload, { db }) => {
    await claimDueSnapshots(db);
  },
  // One tick at a time: ticks that pile up while one runs would only find nothing due.
  { rules: { policy: "exclusive", retryLimit: 1, expireInSeconds: 600 } },
);
