import "server-only";
// A keyword check run as the one progress shape: read, cancel, check the project again.
import type { Db } from "@/lib/db/client";
import { findRunById, runCheckedKeywords } from "@/lib/db/queries/keyword-checks";
import type { KeywordCheckRun } from "@/lib/db/schema";
import type { RunSource } from "@/lib/jobs/contract";
import type { JobProgress } from "@/lib/jobs/progress";
import { startAddedCheck } from "./added-check";
import { cancelCheck, startManualCheck } from "./check-service";

export function checkProgress(run: KeywordCheckRun): JobProgress {
  const running = run.status === "running";
  return {
    kind: "keyword-check",
    id: run.id,
    status: run.status,
    unit: "keywords",
    done: run.done,
    total: run.total,
    failed: run.failed,
    error: run.error,
    startedAt: run.checkedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    canCancel: running,
    canRetry: !running && run.failed > 0,
  };
}

async function read(db: Db, tenantId: string, id: string) {
  const run = await findRunById(db, tenantId, id);
  return run ? checkProgress(run) : null;
}

export const checkRunSource: RunSource = {
  kind: "keyword-check",
  read,
  async cancel(db, tenantId, id) {
    const run = await findRunById(db, tenantId, id);
    if (!run) return null;
    await cancelCheck(db, tenantId, run);
    return read(db, tenantId, id);
  },
  /**
   * Checks the project again, or, for a check of keywords just added, those keywords again
   * (history is append-only: a failed check is not rewritten).
   */
  async retry(db, tenantId, id) {
    const run = await findRunById(db, tenantId, id);
    if (!run) return null;
    if (run.trigger === "added") {
      const { ids } = await runCheckedKeywords(db, tenantId, run.id);
      const again = await startAddedCheck(db, tenantId, run.projectId, [...ids]);
      if (again) return checkProgress(again);
    }
    const started = await startManualCheck(db, tenantId, run.projectId);
    return checkProgress(started.run);
  },
};
