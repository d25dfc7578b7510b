// The stored "at a glance" totals (keyword_glance_points) and what they were computed from
// (keyword_glance_marks). Derived data: any doubt about them means recomputing, never guessing.
import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { keywordGlanceMarks, keywordGlancePoints } from "../schema";

export interface GlanceMarkState {
  /** The project's newest check row now (null = no check). */
  lastCheckId: number | null;
  /** The stored mark, if any: its newest check row and formula version. */
  mark: { lastCheckId: number | null; version: string } | null;
  /** A keyword the stored totals counted is no longer tracked (its history went with it). */
  removed: boolean;
  /** The keywords tracked now: read before computing, stored with the result. */
  keywordIds: string[];
}

/** One statement: the newest check id (one index descent) and the mark against the keywords. */
export async function readGlanceMark(
  db: Db,
  tenantId: string,
  projectId: string,
): Promise<GlanceMarkState> {
  const result = await db.execute(sql`
    select
      (select max(c.id) from keyword_checks c
        where c.tenant_id = ${tenantId} and c.project_id = ${projectId})::float8 as "lastCheckId",
      m.last_check_id::float8 as "markCheckId", m.version,
      exists (select 1 from unnest(m.keyword_ids) s(id)
        where not exists (select 1 from tracked_keywords k
          where k.id = s.id and k.tenant_id = ${tenantId} and k.project_id = ${projectId}))
        as removed,
      (select coalesce(array_agg(k.id::text), '{}') from tracked_keywords k
        where k.tenant_id = ${tenantId} and k.project_id = ${projectId}) as "keywordIds"
    from (select 1) one
    left join keyword_glance_marks m
      on m.project_id = ${projectId} and m.tenant_id = ${tenantId}`);
  const row = result.rows[0] as {
    lastCheckId: number | null;
    markCheckId: number | null;
    version: string | null;
    removed: boolean | null;
    keywordIds: string[];
  };
  return {
    lastCheckId: row.lastCheckId === null ? null : Number(row.lastCheckId),
    mark:
      row.version === null
        ? null
        : {
            lastCheckId: row.markCheckId === null ? null : Number(row.markCheckId),
            version: row.version,
          },
    removed: row.removed === true,
    keywordIds: row.keywordIds,
  };
}

/**
 * The earliest instant among the checks added after `afterId`, and how many of the project's
 * rows lie at or after it (what an incremental pass from there would read).
 */
export async function glanceNewChecks(
  db: Db,
  tenantId: string,
  projectId: string,
  afterId: number | null,
): Promise<{ from: Date; rows: number } | null> {
  const result = await db.execute(sql`
    with f as (
      select min(c.checked_at) as "from" from keyword_checks c
      where c.tenant_id = ${tenantId} and c.project_id = ${projectId} and c.id > ${afterId ?? 0}
    )
    select f."from", (select count(*) from keyword_checks c
        where c.tenant_id = ${tenantId} and c.project_id = ${projectId}
          and c.checked_at >= f."from")::float8 as rows
    from f`);
  const row = result.rows[0] as { from: string | Date | null; rows: number | null };
  return row.from === null ? null : { from: new Date(row.from), rows: Number(row.rows) };
}

export async function readGlancePoints(db: Db, tenantId: string, projectId: string) {
  const rows = await db
    .select({ at: keywordGlancePoints.at, totals: keywordGlancePoints.totals })
    .from(keywordGlancePoints)
    .where(
      and(eq(keywordGlancePoints.tenantId, tenantId), eq(keywordGlancePoints.projectId, projectId)),
    )
    .orderBy(asc(keywordGlancePoints.at));
  return rows.map((r) => ({ at: r.at.toISOString(), totals: r.totals.map(Number) }));
}

/**
 * Replaces the stored points from `from` on (all of them when null) and records the mark, in
 * one transaction. Two loads racing to store the same recomputation write the same rows: the
 * upsert lets the second one win without an error.
 */
export async function writeGlancePoints(
  db: Db,
  tenantId: string,
  projectId: string,
  from: Date | null,
  points: { at: string; totals: number[] }[],
  mark: { lastCheckId: number | null; version: string; keywordIds: string[] },
) {
  await db.transaction(async (tx) => {
    const scope = and(
      eq(keywordGlancePoints.tenantId, tenantId),
      eq(keywordGlancePoints.projectId, projectId),
    );
    await tx
      .delete(keywordGlancePoints)
      .where(from ? and(scope, gte(keywordGlancePoints.at, from)) : scope);
    if (points.length)
      await tx
        .insert(keywordGlancePoints)
        .values(points.map((p) => ({ tenantId, projectId, at: new Date(p.at), totals: p.totals })))
        .onConflictDoUpdate({
          target: [keywordGlancePoints.projectId, keywordGlancePoints.at],
          set: { totals: sql`excluded.totals` },
          // Never another tenant's row, whatever project id reached this.
          setWhere: eq(keywordGlancePoints.tenantId, tenantId),
        });
    await tx
      .insert(keywordGlanceMarks)
      .values({ projectId, tenantId, ...mark, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: keywordGlanceMarks.projectId,
        set: { ...mark, updatedAt: new Date() },
        setWhere: eq(keywordGlanceMarks.tenantId, tenantId),
      });
  });
}
