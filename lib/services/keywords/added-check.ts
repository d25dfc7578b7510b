import "server-only";
// Keywords just added get a position at once: a check of only those keywords, on the one job
// engine and the one check path (executeRun / the rank tracker's recheck). It is an extra check:
// the schedule keeps its time, and the keywords already there are not checked (nor paid) again.
import { isUniqueViolation } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { findIntegration } from "@/lib/db/queries/integrations";
import { insertRun, latestRun, updateRun } from "@/lib/db/queries/keyword-checks";
import { uncheckedKeywordIds } from "@/lib/db/queries/keyword-projects";
import type { KeywordCheckRun } from "@/lib/db/schema";
import type { addKeywordsSchema } from "@/lib/validations/keywords";
import type { z } from "@/lib/validations/zod-config";
import { enqueueCheck } from "./check-service";
import { addKeywords } from "./project-service";

/**
 * Starts a check of `keywordIds` and answers the run the page follows: the new run, or the check
 * already running (keywords it did not list are checked when it ends, see check-job.ts), or null
 * when there is nothing to check or no key to check with (the next check includes them).
 */
export async function startAddedCheck(
  db: Db,
  tenantId: string,
  projectId: string,
  keywordIds: readonly string[],
  now: Date = new Date(),
): Promise<KeywordCheckRun | null> {
  if (keywordIds.length === 0) return null;
  if (!(await findIntegration(db, tenantId))?.apiKey) return null;
  let run: KeywordCheckRun;
  try {
    run = await insertRun(db, tenantId, {
      projectId,
      trigger: "added",
      status: "running",
      checkedAt: now,
      total: keywordIds.length,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return (await latestRun(db, tenantId, projectId)) ?? null;
  }
  try {
    if ((await enqueueCheck(db, run, keywordIds)) === null) throw new Error("already queued");
    return run;
  } catch (error) {
    // The keywords are stored either way; the run says what happened and what to do.
    console.error("[keywords] check of added keywords not queued", { tenantId }, String(error));
    const failed = {
      status: "failed" as const,
      error: "The new keywords could not be queued for a check; use Check now.",
      finishedAt: new Date(),
    };
    await updateRun(db, tenantId, run.id, failed);
    return { ...run, ...failed };
  }
}

/**
 * After a check ends: keywords added while it ran that it did not reach (it had listed its
 * keywords already) are checked now. Only those: older keywords are the schedule's to check.
 */
export async function checkUncheckedKeywords(db: Db, run: KeywordCheckRun) {
  const { tenantId, projectId } = run;
  const ids = await uncheckedKeywordIds(db, tenantId, projectId, run.checkedAt);
  if (ids.length === 0) return;
  try {
    await startAddedCheck(db, tenantId, projectId, ids);
  } catch (error) {
    // The check that just ended is stored and done: this one is only a head start.
    console.error(
      "[keywords] check of unchecked keywords not started",
      { tenantId },
      String(error),
    );
  }
}

/** POST …/keywords: adds the pasted keywords, then checks the ones added (and only those). */
export async function addAndCheckKeywords(
  db: Db,
  tenantId: string,
  projectId: string,
  input: z.output<typeof addKeywordsSchema>,
) {
  const result = await addKeywords(db, tenantId, projectId, input);
  const ids = result.added.map((k) => k.id);
  return { ...result, check: await startAddedCheck(db, tenantId, projectId, ids) };
}
