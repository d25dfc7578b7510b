import "server-only";
import type { Db } from "@/lib/db/client";
import type { KeywordCompetitor, KeywordProject } from "@/lib/db/schema";

/**
 * Project API mode: SE Ranking's rank tracker keeps its own competitors per site. Returns a
 * user-facing reason when the tracker refused, or null (also when the project has no tracker).
 */
export async function attachTrackerCompetitor(
  _db: Db,
  _tenantId: string,
  project: KeywordProject,
  _competitor: KeywordCompetitor,
): Promise<string | null> {
  if (project.seSiteId === null) return null;
  return null;
}

export async function detachTrackerCompetitor(
  _db: Db,
  _tenantId: string,
  project: KeywordProject,
  _competitor: KeywordCompetitor,
): Promise<void> {
  if (project.seSiteId === null) return;
}
