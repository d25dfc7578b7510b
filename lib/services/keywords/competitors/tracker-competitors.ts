import "server-only";
import type { Db } from "@/lib/db/client";
import {
  insertCompetitorChecks,
  listCompetitors,
  setCompetitorTrackerId,
} from "@/lib/db/queries/keyword-competitors";
import type { KeywordCompetitor, KeywordProject, TrackedKeyword } from "@/lib/db/schema";
import { projectClientForTenant } from "@/lib/services/seranking/tenant-client";
import { trackerErrorText } from "../tracker/tracker-errors";
import { recordOvertakes } from "./overtake-events";

const tracked = (p: KeywordProject): p is KeywordProject & { seSiteId: number } =>
  p.seSiteId !== null;

/**
 * Project API mode: SE Ranking's rank tracker keeps its own competitors per site (§7), so a
 * competitor is added there too. Returns a user-facing reason when the tracker refused (the
 * competitor stays stored and is sent again at the next check), or null.
 */
export async function attachTrackerCompetitor(
  db: Db,
  tenantId: string,
  project: KeywordProject,
  competitor: KeywordCompetitor,
): Promise<string | null> {
  const sent = await sendCompetitor(db, tenantId, project, competitor);
  return "error" in sent ? sent.error : null;
}

/** The competitor's rank-tracker id, adding it there first when it has none yet. */
async function sendCompetitor(
  db: Db,
  tenantId: string,
  project: KeywordProject,
  competitor: KeywordCompetitor,
): Promise<{ id: number | null } | { error: string }> {
  if (!tracked(project) || competitor.seCompetitorId !== null) {
    return { id: competitor.seCompetitorId };
  }
  try {
    const client = await projectClientForTenant(db, tenantId);
    const id = await client.competitors.create(project.seSiteId, competitor.domain);
    await setCompetitorTrackerId(db, tenantId, competitor.id, id);
    return { id };
  } catch (error) {
    return { error: trackerErrorText(error) };
  }
}

/** Removes it from the rank tracker too; a refusal there never keeps it here. */
export async function detachTrackerCompetitor(
  db: Db,
  tenantId: string,
  project: KeywordProject,
  competitor: KeywordCompetitor,
): Promise<void> {
  if (!tracked(project) || competitor.seCompetitorId === null) return;
  try {
    const client = await projectClientForTenant(db, tenantId);
    await client.competitors.remove(competitor.seCompetitorId);
  } catch (error) {
    console.warn(
      "[keywords] competitor not removed from the rank tracker",
      trackerErrorText(error),
    );
  }
}

interface TrackerRunRef {
  tenantId: string;
  project: KeywordProject;
  runId: string;
  checkedAt: Date;
  keywords: readonly TrackedKeyword[];
  /** The run's day and the next (SE Ranking's day may run ahead of UTC). */
  dateFrom: string;
  dateTo: string;
}

/**
 * After a rank-tracker check was read: each competitor's positions for the same keywords on
 * the same days, one row per keyword (the latest check of the window), then the overtakes. The
 * tracker checks competitors with the site; Project API calls use plan limits, not credits.
 */
export async function readTrackerCompetitors(db: Db, run: TrackerRunRef): Promise<void> {
  const { tenantId, project, runId, checkedAt } = run;
  if (!tracked(project) || project.seSiteEngineId === null) return;
  const competitors = await listCompetitors(db, tenantId, project.id);
  if (competitors.length === 0) return;
  for (const competitor of competitors) {
    const sent = await sendCompetitor(db, tenantId, project, competitor);
    let error = "error" in sent ? sent.error : null;
    let byId = new Map<number, { date: string; position: number | null } | undefined>();
    if (!("error" in sent) && sent.id !== null) {
      try {
        const client = await projectClientForTenant(db, tenantId);
        const read = await client.competitors.positions(sent.id, {
          siteEngineId: project.seSiteEngineId,
          dateFrom: run.dateFrom,
          dateTo: run.dateTo,
        });
        byId = new Map(read.map((k) => [k.id, k.checks.at(-1)]));
      } catch (e) {
        error = trackerErrorText(e);
      }
    }
    await insertCompetitorChecks(
      db,
      tenantId,
      run.keywords.map((k) => {
        const check = k.seKeywordId === null ? undefined : byId.get(k.seKeywordId);
        const base = { projectId: project.id, competitorId: competitor.id, keywordId: k.id, runId };
        return check && !error
          ? { ...base, status: "ok" as const, position: check.position, checkedAt }
          : {
              ...base,
              status: "failed" as const,
              error: error ?? "SE Ranking's rank tracker had no position for this keyword",
              checkedAt,
            };
      }),
    );
  }
  await recordOvertakes(db, { tenantId, projectId: project.id, runId, checkedAt });
}
