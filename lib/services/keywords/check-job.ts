import "server-only";
// The keyword-check job (one run of one project) and the schedule's tick (keyword-checks-due).
// A re-delivered check resumes: keywords the run already has rows for are skipped.
import type { Db } from "@/lib/db/client";
import { findRun, updateRun } from "@/lib/db/queries/keyword-checks";
import { findProject } from "@/lib/db/queries/keyword-projects";
import type { KeywordCheckRun } from "@/lib/db/schema";
import type { JobContext } from "@/lib/jobs/contract";
import { enqueue } from "@/lib/jobs/enqueue";
import type { PayloadOf } from "@/lib/jobs/queues";
import { defineHandler } from "@/lib/jobs/registry";
import { enqueueKeywordRunAlerts } from "@/lib/services/alerts/alert-jobs";
import { attributed, checkActor } from "@/lib/services/budgets/attributed-jobs";
import { scheduledWithinBudget } from "@/lib/services/budgets/budget-guard";
import { estimateKeywordCheckCredits } from "@/lib/services/budgets/work-estimates";
import { checkUncheckedKeywords } from "./added-check";
import { claimDueChecks } from "./check-service";
import { executeRun } from "./run-check";
import { pollTrackerRun } from "./tracker/tracker-run";

/** Between two reads of a pending rank-tracker recheck (the tracker allows 5 requests/s). */
export const TRACKER_POLL_SECONDS = 3;

/** Reads a waiting recheck again later: a delayed job, not the page's progress poll. */
export function enqueueRecheckPoll(db: Db, run: KeywordCheckRun, keywordIds?: string[]) {
  return enqueue(
    db,
    "keyword-check",
    {
      tenantId: run.tenantId,
      projectId: run.projectId,
      runId: run.id,
      ...(keywordIds ? { keywordIds } : {}),
    },
    // Its own key: the job enqueueing it still holds the project's key while it finishes.
    { singletonKey: `${run.id}:poll:${Date.now()}`, startAfter: TRACKER_POLL_SECONDS },
  );
}

export async function runKeywordCheckJob(
  payload: PayloadOf<"keyword-check">,
  context: JobContext,
): Promise<void> {
  const { db } = context;
  const { tenantId, projectId, runId, keywordIds } = payload;
  const run = await findRun(db, tenantId, projectId, runId);
  if (run?.status !== "running") return; // cancelled, finished, or deleted with its project
  if (run.awaitingRecheckSince) {
    await pollTrackerRun(db, run, new Date(), keywordIds);
  } else {
    const project = await findProject(db, tenantId, projectId);
    if (!project) return;
    if (run.trigger !== "manual" && context.retryCount === 0) {
      // Over the budget, a scheduled check (or one of keywords just added) is skipped whole,
      // before any call, and recorded; a manual one was refused at its start.
      const credits = await estimateKeywordCheckCredits(db, tenantId, projectId, keywordIds);
      const subject = `Keyword check of ${project.domain}`;
      const work = { feature: "keyword_check" as const, credits, subject };
      const verdict = await scheduledWithinBudget(db, tenantId, work);
      if (!verdict.ok) {
        await updateRun(db, tenantId, runId, {
          status: "failed",
          error: verdict.message,
          finishedAt: new Date(),
        });
        return;
      }
    }
    await executeRun(db, {
      tenantId,
      project,
      runId,
      checkedAt: run.checkedAt,
      signal: context.signal,
      keywordIds,
    });
  }
  const after = await findRun(db, tenantId, projectId, runId);
  if (after?.status === "running" && after.awaitingRecheckSince) {
    await enqueueRecheckPoll(db, after, keywordIds);
  } else if (after?.status === "done" || after?.status === "failed") {
    if (after.status === "done") await enqueueKeywordRunAlerts(db, tenantId, runId);
    // Keywords added while this check ran (after it listed its keywords) get theirs now.
    await checkUncheckedKeywords(db, after);
  }
}

async function giveUp(payload: PayloadOf<"keyword-check">, { db }: { db: Db }) {
  const run = await findRun(db, payload.tenantId, payload.projectId, payload.runId);
  if (run?.status !== "running") return;
  await updateRun(db, payload.tenantId, payload.runId, {
    status: "failed",
    error: "The check stopped on an unexpected error; try again.",
    finishedAt: new Date(),
  });
}

export const keywordCheckHandler = defineHandler(
  "keyword-check",
  attributed("keyword_check", checkActor, runKeywordCheckJob),
  {
    onGiveUp: giveUp,
    rules: { policy: "exclusive", retryLimit: 5, localConcurrency: 4 },
  },
);

export const keywordChecksDueHandler = defineHandler(
  "keyword-checks-due",
  async (_payload, { db }) => {
    await claimDueChecks(db);
  },
  // One tick at a time: ticks that pile up while one runs would only find nothing due.
  { rules: { policy: "exclusive", retryLimit: 1, expireInSeconds: 600 } },
);
