import "server-only";
import { notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { historyFor } from "@/lib/db/queries/keyword-checks";
import { competitorHistory, listCompetitors } from "@/lib/db/queries/keyword-competitors";
import { listKeywords } from "@/lib/db/queries/keyword-projects";
import type { HistoryPoint } from "../project-service";
import { requireProject } from "../project-service";

/** The key of the project's own line in a competitor chart's points. */
export const OWN_SERIES_KEY = "own";

/**
 * One keyword over time: a point per check, the project's position under OWN_SERIES_KEY and each
 * competitor's under its id (null: not in the top 100 or the check failed). Series name the lines.
 */
export async function competitorKeywordHistory(
  db: Db,
  tenantId: string,
  projectId: string,
  keywordId: string,
  since: Date,
) {
  const project = await requireProject(db, tenantId, projectId);
  const [keyword] = await listKeywords(db, tenantId, projectId, [keywordId]);
  if (!keyword) throw notFound("This keyword");
  const [own, theirs, competitors] = await Promise.all([
    historyFor(db, tenantId, projectId, [keywordId], since),
    competitorHistory(db, tenantId, projectId, since, [keywordId]),
    listCompetitors(db, tenantId, projectId),
  ]);
  const points = new Map<string, HistoryPoint>();
  const at = (d: Date | string) => {
    const iso = new Date(d).toISOString();
    const point: HistoryPoint = points.get(iso) ?? { checkedAt: iso };
    points.set(iso, point);
    return point;
  };
  for (const row of own)
    at(row.checkedAt)[OWN_SERIES_KEY] = row.status === "ok" ? row.position : null;
  for (const row of theirs) {
    at(row.checkedAt)[row.competitorId] = row.status === "ok" ? row.position : null;
  }
  return {
    keyword: { id: keyword.id, keyword: keyword.keyword },
    series: [
      { key: OWN_SERIES_KEY, name: project.domain },
      ...competitors.map((c) => ({ key: c.id, name: c.domain })),
    ],
    points: [...points.values()].sort((a, b) => a.checkedAt.localeCompare(b.checkedAt)),
  };
}
