import "server-only";
// The prospect-metrics run as the one progress shape: read, cancel, retry its failed domains.
import type { Db } from "@/lib/db/client";
import { findRun } from "@/lib/db/queries/prospect-runs";
import type { ProspectRun } from "@/lib/db/schema";
import type { RunSource } from "@/lib/jobs/contract";
import type { JobProgress, JobStatus } from "@/lib/jobs/progress";
import { cancelMetricsRun, startMetricsRun } from "./metrics-run";

const STATUS: Record<ProspectRun["status"], JobStatus> = {
  running: "running",
  done: "done",
  failed: "failed",
  cancelled: "cancelled",
  interrupted: "failed",
};

export function metricsProgress(run: ProspectRun): JobProgress {
  const running = run.status === "running";
  return {
    kind: "prospect-metrics",
    id: run.id,
    status: STATUS[run.status],
    unit: "domains",
    done: run.done,
    total: run.total,
    failed: run.failed,
    error: run.error,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    canCancel: running,
    canRetry: !running && run.failed > 0,
  };
}

async function read(db: Db, tenantId: string, id: string) {
  const run = await findRun(db, tenantId, id);
  return run ? metricsProgress(run) : null;
}

export const metricsRunSource: RunSource = {
  kind: "prospect-metrics",
  read,
  async cancel(db, tenantId, id) {
    await cancelMetricsRun(db, tenantId, id);
    return read(db, tenantId, id);
  },
  /** A new run over the list's failed domains (the list page's "Retry failed"). */
  async retry(db, tenantId, id, userId) {
    const run = await findRun(db, tenantId, id);
    if (!run) return null;
    const started = await startMetricsRun(db, tenantId, run.listId, {
      mode: "failed",
      startedBy: userId,
    });
    return metricsProgress(started.run);
  },
};
