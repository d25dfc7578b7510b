import "server-only";
import { ApiError, isUniqueViolation, notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { findIntegration } from "@/lib/db/queries/integrations";
import {
  awaitingRuns,
  claimDueProject,
  failAllStaleRuns,
  failStaleRuns,
  insertRun,
  latestRun,
} from "@/lib/db/queries/keyword-checks";
import { countKeywords, findProject } from "@/lib/db/queries/keyword-projects";
import type { KeywordCheckRun } from "@/lib/db/schema";
import { notConnected } from "@/lib/services/seranking/tenant-client";
import { executeRun } from "./run-check";
import { pollTrackerRun } from "./tracker/tracker-run";

/** A run not heard from for this long died with its process. */
export const STALE_RUN_MS = 10 * 60_000;

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/**
 * "Check now": records a running run and returns it with the work to do. The caller decides
 * where the work runs (after the response in a route, awaited in tests); progress is read from
 * the run row, so it survives a reload and works across instances.
 */
export async function startManualCheck(
  db: Db,
  tenantId: string,
  projectId: string,
  now: Date = new Date(),
): Promise<{ run: KeywordCheckRun; work: (() => Promise<void>) | null }> {
  const project = await findProject(db, tenantId, projectId);
  if (!project) throw notFound("This tracked domain");
  if (!(await findIntegration(db, tenantId))?.apiKey) throw notConnected();
  if ((await countKeywords(db, tenantId, projectId)) === 0) {
    throw new ApiError("conflict", "Add keywords before checking their positions.");
  }
  await failStaleRuns(db, tenantId, projectId, new Date(Date.now() - STALE_RUN_MS));
  let run: KeywordCheckRun;
  try {
    run = await insertRun(db, tenantId, {
      projectId,
      trigger: "manual",
      status: "running",
      checkedAt: now,
    });
  } catch (error) {
    // Someone (a colleague, the scheduler) is already checking this domain: follow that run.
    if (!isUniqueViolation(error)) throw error;
    const current = await latestRun(db, tenantId, projectId);
    if (!current) throw error;
    return { run: current, work: null };
  }
  // A manual check is extra: the daily schedule keeps its time (a check at 19:02 must not move
  // tomorrow's 9:00 check to 19:02).
  return {
    run,
    work: () => executeRun(db, { tenantId, project, runId: run.id, checkedAt: now }),
  };
}

/**
 * The latest run of a project, moved on first when it waits for SE Ranking's rank tracker: the
 * page's progress poll is what reads a completed recheck (no background engine of its own).
 */
export async function followLatestRun(db: Db, tenantId: string, projectId: string) {
  const run = await latestRun(db, tenantId, projectId);
  if (run?.status !== "running" || !run.awaitingRecheckSince) return run;
  await pollTrackerRun(db, run);
  return latestRun(db, tenantId, projectId);
}

/**
 * Claims and runs due scheduled checks one after another until none is due (or `limit` ran).
 * Safe to call from several instances at once: each due check is claimed by exactly one.
 */
export async function runDueChecks(
  db: Db,
  { clock = systemClock, limit = 50 }: { clock?: Clock; limit?: number } = {},
): Promise<{ ran: number }> {
  let ran = 0;
  let conflicts = 0;
  // Liveness is about real time, whatever the (injectable) schedule clock says.
  await failAllStaleRuns(db, new Date(Date.now() - STALE_RUN_MS));
  // Rechecks SE Ranking's rank tracker has been asked for: read those that completed.
  for (const run of await awaitingRuns(db)) await pollTrackerRun(db, run);
  while (ran < limit && conflicts < 5) {
    const now = clock();
    let claimed: Awaited<ReturnType<typeof claimDueProject>>;
    try {
      claimed = await claimDueProject(db, now);
    } catch (error) {
      // A manual run started between our check and our insert: that project is being checked.
      if (isUniqueViolation(error)) {
        conflicts++;
        continue;
      }
      throw error;
    }
    if (!claimed) break;
    const { project, run } = claimed;
    await executeRun(db, { tenantId: project.tenantId, project, runId: run.id, checkedAt: now });
    ran++;
  }
  return { ran };
}
