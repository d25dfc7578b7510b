import "server-only";
import type { Db } from "@/lib/db/client";
import { glanceTotals } from "@/lib/db/queries/keyword-glance";
import { keywordRankings } from "@/lib/db/queries/keyword-rankings";
import { requireProject } from "../project-service";
import { pointFromTotals, stateFromRanking, tagFigures } from "./glance-figures";
import type { GlanceView } from "./glance-view";

/**
 * A project's figures after every check (summed in the database) and per tag now (from the
 * rankings table's records, so a tag's row agrees with the table). 404 for another tenant's project.
 */
export async function projectGlance(
  db: Db,
  tenantId: string,
  projectId: string,
): Promise<GlanceView> {
  await requireProject(db, tenantId, projectId);
  const [totals, records] = await Promise.all([
    glanceTotals(db, tenantId, projectId),
    keywordRankings(db, tenantId, projectId),
  ]);
  const points = totals.map(pointFromTotals).filter((p) => p.keywords > 0);
  const states = records.map((r) => ({ tags: r.tags, state: stateFromRanking(r) }));
  return {
    total: records.length,
    latest: points.at(-1) ?? null,
    points,
    tags: points.length ? tagFigures(states) : [],
  };
}
