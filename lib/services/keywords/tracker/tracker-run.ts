import "server-only";
import type { Db } from "@/lib/db/client";
import { insertChecks, updateRun } from "@/lib/db/queries/keyword-checks";
import { findProject, listKeywords } from "@/lib/db/queries/keyword-projects";
import type { KeywordCheckRun, KeywordProject, TrackedKeyword } from "@/lib/db/schema";
import type { KeywordPositions } from "@/lib/seranking/project-api";
import { projectClientForTenant } from "@/lib/services/seranking/tenant-client";
import { readTrackerCompetitors } from "../competitors/tracker-competitors";
import { trackerErrorText } from "./tracker-errors";
import { pushKeywords } from "./tracker-setup";

/** Between two reads of a pending recheck's positions (the tracker allows 5 requests/s). */
export const TRACKER_POLL_MS = 2_000;
/** A recheck not complete after this long is recorded as failed for the keywords left. */
export const TRACKER_DEADLINE_MS = 30 * 60_000;

const day = (d: Date) => d.toISOString().slice(0, 10);
const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface TrackerRun {
  tenantId: string;
  project: KeywordProject;
  runId: string;
  checkedAt: Date;
  /** Only these keywords (ones just added); all of the project's when absent. */
  keywordIds?: readonly string[];
}

/** Every keyword gets a failed row with the reason; earlier history is never touched. */
async function failAll(db: Db, run: TrackerRun, keywords: TrackedKeyword[], error: string) {
  await insertChecks(
    db,
    run.tenantId,
    keywords.map((k) => ({
      projectId: run.project.id,
      keywordId: k.id,
      runId: run.runId,
      status: "failed" as const,
      error,
      checkedAt: run.checkedAt,
    })),
  );
  await updateRun(db, run.tenantId, run.runId, {
    status: "failed",
    done: keywords.length,
    failed: keywords.length,
    error,
    awaitingRecheckSince: null,
    recheckRequestedAt: null,
    finishedAt: new Date(),
  });
}

/**
 * "Check now" / a scheduled check of a project SE Ranking's rank tracker follows: sends keywords
 * it lacks, asks for a recheck, and leaves the run waiting. The positions are read by
 * pollTrackerRun, from a delayed keyword-check job (see check-job.ts).
 */
export async function startTrackerRun(db: Db, run: TrackerRun): Promise<void> {
  const keywords = await listKeywords(db, run.tenantId, run.project.id, run.keywordIds);
  await updateRun(db, run.tenantId, run.runId, { total: keywords.length });
  try {
    const client = await projectClientForTenant(db, run.tenantId);
    const pushError = await pushKeywords(db, run.tenantId, run.project, keywords, client);
    if (pushError) throw new Error(pushError);
    // Keywords just added: the reference's recheck takes a list of keywords (§6), so the ones
    // already tracked are not checked again.
    const only = run.keywordIds ? keywords.flatMap((k) => k.seKeywordId ?? []) : undefined;
    if (only?.length === 0) throw new Error("SE Ranking's rank tracker has none of these keywords");
    await client.recheck(run.project.seSiteId!, run.project.seSiteEngineId!, only);
    // The tracker dates a check by its own day: read from the run's day on (see pollTrackerRun).
    await updateRun(db, run.tenantId, run.runId, {
      awaitingRecheckSince: day(run.checkedAt),
      recheckRequestedAt: new Date(),
    });
  } catch (error) {
    const text =
      error instanceof Error && !("kind" in error) ? error.message : trackerErrorText(error);
    await failAll(db, run, keywords, text);
  }
}

function latestOn(positions: KeywordPositions | undefined, since: string) {
  const checks = (positions?.checks ?? []).filter((c) => c.date >= since);
  return checks[checks.length - 1];
}

/**
 * Reads a waiting run's positions once (at most every TRACKER_POLL_MS). When every keyword has
 * a check dated on or after the run's day, the history gets one row per keyword (position and
 * landing page) and the run is done. A same-day recheck after an earlier one may be read before
 * SE Ranking finishes it (the tracker keeps one position per day); the day's position is still
 * the tracker's own.
 */
export async function pollTrackerRun(
  db: Db,
  runRow: KeywordCheckRun,
  now: Date = new Date(),
  keywordIds?: readonly string[],
): Promise<void> {
  const since = runRow.awaitingRecheckSince;
  if (runRow.status !== "running" || !since) return;
  if (now.getTime() - new Date(runRow.updatedAt).getTime() < TRACKER_POLL_MS) return;
  const project = await findProject(db, runRow.tenantId, runRow.projectId);
  if (!project || project.seSiteId === null || project.seSiteEngineId === null) return;
  const run = { tenantId: runRow.tenantId, project, runId: runRow.id, checkedAt: runRow.checkedAt };
  const keywords = await listKeywords(db, run.tenantId, project.id, keywordIds);
  let read: KeywordPositions[];
  try {
    const client = await projectClientForTenant(db, run.tenantId);
    // Up to the next day: SE Ranking's day may run ahead of UTC.
    read = await client.positions(project.seSiteId, {
      siteEngineId: project.seSiteEngineId,
      dateFrom: since,
      dateTo: nextDay(since),
    });
  } catch (error) {
    await failAll(db, run, keywords, `Reading the positions failed: ${trackerErrorText(error)}`);
    return;
  }
  const byId = new Map(read.map((k) => [k.id, k]));
  const found = keywords.map((k) => ({
    keyword: k,
    check: k.seKeywordId === null ? undefined : latestOn(byId.get(k.seKeywordId), since),
    volume: k.seKeywordId === null ? null : (byId.get(k.seKeywordId)?.volume ?? null),
  }));
  const complete = found.every((f) => f.check);
  const asked = new Date(runRow.recheckRequestedAt ?? runRow.updatedAt).getTime();
  const late = now.getTime() - asked > TRACKER_DEADLINE_MS;
  if (!complete && !late) {
    await updateRun(db, run.tenantId, run.runId, { done: found.filter((f) => f.check).length });
    return;
  }
  const rows = found.map(({ keyword, check, volume }) =>
    check
      ? {
          projectId: project.id,
          keywordId: keyword.id,
          runId: run.runId,
          status: "ok" as const,
          position: check.position,
          url: check.landingUrl,
          volume,
          checkedAt: run.checkedAt,
        }
      : {
          projectId: project.id,
          keywordId: keyword.id,
          runId: run.runId,
          status: "failed" as const,
          error: "SE Ranking's rank tracker did not check this keyword within 30 minutes",
          checkedAt: run.checkedAt,
        },
  );
  await insertChecks(db, run.tenantId, rows);
  await readTrackerCompetitors(db, { ...run, keywords, dateFrom: since, dateTo: nextDay(since) });
  const failed = rows.filter((r) => r.status === "failed").length;
  await updateRun(db, run.tenantId, run.runId, {
    status: failed === rows.length && rows.length > 0 ? "failed" : "done",
    done: rows.length,
    failed,
    error: failed
      ? `${failed} of ${rows.length} keywords were not checked by SE Ranking's rank tracker in time`
      : null,
    awaitingRecheckSince: null,
    recheckRequestedAt: null,
    finishedAt: new Date(),
  });
}
