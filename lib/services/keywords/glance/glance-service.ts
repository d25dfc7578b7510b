import "server-only";
import type { Db } from "@/lib/db/client";
import { glanceFingerprint } from "@/lib/db/queries/keyword-glance";
import { keywordRankings } from "@/lib/db/queries/keyword-rankings";
import { requireProject } from "../project-service";
import { pointFromTotals, stateFromRanking, tagFigures } from "./glance-figures";
import { glanceSeries } from "./glance-series";
import type { GlanceView } from "./glance-view";

// The series is stored in the database and brought up to date on read (glance-series.ts); the
// view (series and per-tag figures) is also kept per instance for the state of the history it
// was made from. The fingerprint is checked on every read, so another instance's check or import
// is never served stale.
const CACHE_SIZE = 200;
const cache = new Map<string, { fingerprint: string; view: GlanceView }>();

async function compute(db: Db, tenantId: string, projectId: string): Promise<GlanceView> {
  const [{ totals }, records] = await Promise.all([
    glanceSeries(db, tenantId, projectId),
    keywordRankings(db, tenantId, projectId),
  ]);
  const points = totals.map(pointFromTotals).filter((p) => p.keywords > 0);
  // Per tag from the rankings table's own records, so a tag's row agrees with the table.
  const states = records.map((r) => ({ tags: r.tags, state: stateFromRanking(r) }));
  return {
    total: records.length,
    latest: points.at(-1) ?? null,
    points,
    tags: points.length ? tagFigures(states) : [],
  };
}

/**
 * A project's figures after every check (stored running totals) and per tag now. 404 for
 * another tenant's project.
 */
export async function projectGlance(
  db: Db,
  tenantId: string,
  projectId: string,
): Promise<GlanceView> {
  await requireProject(db, tenantId, projectId);
  const key = `${tenantId}/${projectId}`;
  const fingerprint = await glanceFingerprint(db, tenantId, projectId);
  const hit = cache.get(key);
  if (hit?.fingerprint === fingerprint) return hit.view;
  const view = await compute(db, tenantId, projectId);
  cache.delete(key);
  cache.set(key, { fingerprint, view });
  // A Map iterates in insertion order: the first key is the one computed longest ago.
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return view;
}
