// What a project's positions mean, for every label the keyword pages, chart and CSV show. Pure:
// the browser imports the type. SE Ranking's Data API positions come from its monthly keyword
// database and must never read as a daily tracked position with a daily change.
import { DATABASE_MONTHLY, type PositionsMeaning, TRACKED_DAILY } from "@/lib/seranking/types";

export interface PositionsView extends PositionsMeaning {
  /** Who measures them: SE Ranking's rank tracker (Project API) or the connected API. */
  tracker: "project_api" | "dialect";
  /** Why SE Ranking's rank tracker does not track this domain, when it does not. */
  note: string | null;
  /** "December 2026": the month of the database data (database_monthly only). */
  dataDate: string | null;
}

interface ProjectTracking {
  seSiteEngineId: number | null;
  trackerNote: string | null;
}

/** Month name and year in UTC, e.g. "December 2026". */
export function dataMonth(at: Date | string | null): string | null {
  if (!at) return null;
  return new Date(at).toLocaleDateString("en-US", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function positionsView(
  project: ProjectTracking,
  dialectMeaning: PositionsMeaning,
  latestCheckedAt: Date | string | null,
): PositionsView {
  if (project.seSiteEngineId !== null) {
    return { ...TRACKED_DAILY, tracker: "project_api", note: null, dataDate: null };
  }
  const monthly = dialectMeaning.kind === "database_monthly";
  return {
    ...(monthly ? DATABASE_MONTHLY : dialectMeaning),
    tracker: "dialect",
    note: project.trackerNote,
    dataDate: monthly ? dataMonth(latestCheckedAt) : null,
  };
}
