import "server-only";
import { ApiError, isUniqueViolation, notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { findIntegration } from "@/lib/db/queries/integrations";
import { claimDueProject, insertRun, latestRun, updateRun } from "@/lib/db/queries/keyword-checks";
import { countKeywords, findProject } from "@/lib/db/queries/keyword-projects";
import type { KeywordCheckRun } from "@/lib/db/schema";
import { enqueue } from "@/lib/jobs/enqueue";
import { requireBudget } from "@/lib/services/budgets/budget-guard";
import { notConnected } from "@/lib/services/seranking/tenant-client";

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * Enqueues the job that checks one run's keywords (only `keywordIds` when given); at most one
 * queued or running per project. A check of keywords just added is keyed by its run: it may be
 * started from the job of the check before it, which still holds the project's key.
 */
export function enqueueCheck(
  db: Db,
  run: Pick<KeywordCheckRun, "tenantId" | "projectId" | "id">,
  keywordIds?: readonly string[],
) {
  return enqueue(
    db,
    "keyword-check",
    {
      tenantId: run.tenantId,
      projectId: run.projectId,
      runId: run.id,
      ...(keywordIds ? { keywordIds: [...keywordIds] } : {}),
    },
    { singletonKey: keywordIds ? `${run.id}:added` : run.projectId },
  );
}

/**
 * "Check now": records a running run and enqueues its job; progress is read from the run row, so
 * it survives a reload and works across instances. A manual check is extra: the daily schedule
 * keeps its time (a check at 19:02 must not move tomorrow's 9:00 check to 19:02).
 */
export async function startManualCheck(
  db: Db,
  tenantId: string,
  projectId: string,
  now: Date = new Date(),
): Promise<{ run: KeywordCheckRun; started: boolean }> {
  const project = await findProject(db, tenantId, projectId);
  if (!project) throw notFound("This tracked domain");
  if (!(await findIntegration(db, tenantId))?.apiKey) throw notConnected();
  const keywords = await countKeywords(db, tenantId, projectId);
  if (keywords === 0) {
    throw new ApiError("conflict", "Add keywords before checking their positions.");
  }
  // One position per keyword (as the usage record counts a check), refused over budget.
  await requireBudget(db, tenantId, { feature: "keyword_check", credits: keywords });
  let run: KeywordCheckRun;
  try {
    run = await insertRun(db, tenantId, {
      projectId,
      trigger: "manual",
      status: "running",
      checkedAt: now,
    });
  } catch (error) {
    // Someone (a colleague, the schedule) is already checking this domain: follow that run.
    if (!isUniqueViolation(error)) throw error;
    const current = await latestRun(db, tenantId, projectId);
    if (!current) throw error;
    return { run: current, started: false };
  }
  try {
    await enqueueCheck(db, run);
  } catch (error) {
    await updateRun(db, tenantId, run.id, {
      status: "failed",
      error: "The check could not be queued; try again.",
      finishedAt: new Date(),
    });
    throw error;
  }
  return { run, started: true };
}

/** The latest run of a project (a waiting rank-tracker recheck is followed by a delayed job). */
export function followLatestRun(db: Db, tenantId: string, projectId: string) {
  return latestRun(db, tenantId, projectId);
}

/** Stops a running check before its next batch; what it stored stays. */
export async function cancelCheck(db: Db, tenantId: string, run: KeywordCheckRun) {
  if (run.status !== "running") return;
  await updateRun(db, tenantId, run.id, {
    status: "cancelled",
    error: null,
    awaitingRecheckSince: null,
    recheckRequestedAt: null,
    finishedAt: new Date(),
  });
}

/**
 * The schedule's tick (the keyword-checks-due job): claims every due project and enqueues one
 * check for each. Safe on several instances at once: each due check is claimed by exactly one.
 * `tenantId` limits it to one workspace (the e2e server's test clock route).
 */
export async function claimDueChecks(
  db: Db,
  {
    clock = systemClock,
    limit = 500,
    tenantId,
  }: { clock?: Clock; limit?: number; tenantId?: string } = {},
): Promise<{ queued: number }> {
  let queued = 0;
  let conflicts = 0;
  while (queued < limit && conflicts < 5) {
    let claimed: Awaited<ReturnType<typeof claimDueProject>>;
    try {
      claimed = await claimDueProject(db, clock(), { tenantId });
    } catch (error) {
      // A manual run started between our check and our insert: that project is being checked.
      if (isUniqueViolation(error)) {
        conflicts++;
        continue;
      }
      throw error;
    }
    if (!claimed) break;
    await enqueueCheck(db, claimed.run);
    queued++;
  }
  return { queued };
}
