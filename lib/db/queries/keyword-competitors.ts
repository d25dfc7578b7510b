import { and, asc, desc, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  competitorChecks,
  keywordChecks,
  keywordCompetitors,
  keywordEvents,
  keywordProjects,
} from "../schema";

type CompetitorCheckInsert = typeof competitorChecks.$inferInsert;
type EventInsert = typeof keywordEvents.$inferInsert;

export async function listCompetitors(db: Db, tenantId: string, projectId: string) {
  return db
    .select()
    .from(keywordCompetitors)
    .where(
      and(eq(keywordCompetitors.tenantId, tenantId), eq(keywordCompetitors.projectId, projectId)),
    )
    .orderBy(asc(keywordCompetitors.createdAt), asc(keywordCompetitors.domain));
}

export async function insertCompetitor(
  db: Db,
  tenantId: string,
  values: { projectId: string; domain: string; seCompetitorId?: number | null },
) {
  const [row] = await db
    .insert(keywordCompetitors)
    .values({ ...values, tenantId })
    .returning();
  return row!;
}

export async function setCompetitorTrackerId(
  db: Db,
  tenantId: string,
  id: string,
  seCompetitorId: number | null,
) {
  await db
    .update(keywordCompetitors)
    .set({ seCompetitorId })
    .where(and(eq(keywordCompetitors.tenantId, tenantId), eq(keywordCompetitors.id, id)));
}

export async function deleteCompetitor(db: Db, tenantId: string, projectId: string, id: string) {
  const [row] = await db
    .delete(keywordCompetitors)
    .where(
      and(
        eq(keywordCompetitors.tenantId, tenantId),
        eq(keywordCompetitors.projectId, projectId),
        eq(keywordCompetitors.id, id),
      ),
    )
    .returning();
  return row;
}

/** Appends history; a row a run already has (a re-delivered job) is skipped. */
export async function insertCompetitorChecks(
  db: Db,
  tenantId: string,
  rows: Omit<CompetitorCheckInsert, "tenantId">[],
) {
  if (rows.length === 0) return;
  await db
    .insert(competitorChecks)
    .values(rows.map((r) => ({ ...r, tenantId })))
    .onConflictDoNothing();
}

/** Competitor rows of a project from `since` on (oldest first), optionally for some keywords. */
export async function competitorHistory(
  db: Db,
  tenantId: string,
  projectId: string,
  since: Date,
  keywordIds?: readonly string[],
) {
  return db
    .select({
      competitorId: competitorChecks.competitorId,
      keywordId: competitorChecks.keywordId,
      position: competitorChecks.position,
      status: competitorChecks.status,
      checkedAt: competitorChecks.checkedAt,
    })
    .from(competitorChecks)
    .where(
      and(
        eq(competitorChecks.tenantId, tenantId),
        eq(competitorChecks.projectId, projectId),
        gte(competitorChecks.checkedAt, since),
        keywordIds ? inArray(competitorChecks.keywordId, [...keywordIds]) : undefined,
      ),
    )
    .orderBy(asc(competitorChecks.checkedAt), asc(competitorChecks.id));
}

/** Each competitor's newest row per keyword (the table's column). */
export async function latestCompetitorPositions(db: Db, tenantId: string, projectId: string) {
  return db
    .selectDistinctOn([competitorChecks.competitorId, competitorChecks.keywordId], {
      competitorId: competitorChecks.competitorId,
      keywordId: competitorChecks.keywordId,
      position: competitorChecks.position,
      status: competitorChecks.status,
      url: competitorChecks.url,
      checkedAt: competitorChecks.checkedAt,
    })
    .from(competitorChecks)
    .where(and(eq(competitorChecks.tenantId, tenantId), eq(competitorChecks.projectId, projectId)))
    .orderBy(
      competitorChecks.competitorId,
      competitorChecks.keywordId,
      desc(competitorChecks.checkedAt),
      desc(competitorChecks.id),
    );
}

/** The newest good competitor rows before `before` (what a check compares with). */
export async function previousCompetitorPositions(
  db: Db,
  tenantId: string,
  projectId: string,
  before: Date,
) {
  return db
    .selectDistinctOn([competitorChecks.competitorId, competitorChecks.keywordId], {
      competitorId: competitorChecks.competitorId,
      keywordId: competitorChecks.keywordId,
      position: competitorChecks.position,
    })
    .from(competitorChecks)
    .where(
      and(
        eq(competitorChecks.tenantId, tenantId),
        eq(competitorChecks.projectId, projectId),
        eq(competitorChecks.status, "ok"),
        lt(competitorChecks.checkedAt, before),
      ),
    )
    .orderBy(
      competitorChecks.competitorId,
      competitorChecks.keywordId,
      desc(competitorChecks.checkedAt),
      desc(competitorChecks.id),
    );
}

export async function insertEvents(
  db: Db,
  tenantId: string,
  rows: Omit<EventInsert, "tenantId">[],
) {
  if (rows.length === 0) return;
  await db
    .insert(keywordEvents)
    .values(rows.map((r) => ({ ...r, tenantId })))
    .onConflictDoNothing();
}

export async function listEvents(db: Db, tenantId: string, projectId: string, since: Date) {
  return db
    .select()
    .from(keywordEvents)
    .where(
      and(
        eq(keywordEvents.tenantId, tenantId),
        eq(keywordEvents.projectId, projectId),
        gte(keywordEvents.at, since),
      ),
    )
    .orderBy(asc(keywordEvents.at));
}

/** How many competitor rows a run stored (tests and progress). */
export async function countCompetitorChecks(db: Db, tenantId: string, runId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(competitorChecks)
    .where(
      and(
        eq(competitorChecks.tenantId, tenantId),
        isNotNull(competitorChecks.runId),
        eq(competitorChecks.runId, runId),
      ),
    );
  return row?.n ?? 0;
}

/** Our own positions: this run's rows, and the last good row of each keyword before it. */
export async function ownPositionsAround(
  db: Db,
  tenantId: string,
  projectId: string,
  runId: string,
  checkedAt: Date,
) {
  const [now, before] = await Promise.all([
    db
      .select({
        keywordId: keywordChecks.keywordId,
        position: keywordChecks.position,
        status: keywordChecks.status,
      })
      .from(keywordChecks)
      .where(and(eq(keywordChecks.tenantId, tenantId), eq(keywordChecks.runId, runId))),
    db
      .selectDistinctOn([keywordChecks.keywordId], {
        keywordId: keywordChecks.keywordId,
        position: keywordChecks.position,
      })
      .from(keywordChecks)
      .where(
        and(
          eq(keywordChecks.tenantId, tenantId),
          eq(keywordChecks.projectId, projectId),
          eq(keywordChecks.status, "ok"),
          lt(keywordChecks.checkedAt, checkedAt),
        ),
      )
      .orderBy(keywordChecks.keywordId, desc(keywordChecks.checkedAt), desc(keywordChecks.id)),
  ]);
  return { now, before };
}

/** This run's competitor rows. */
export async function competitorRunRows(db: Db, tenantId: string, runId: string) {
  return db
    .select({
      competitorId: competitorChecks.competitorId,
      keywordId: competitorChecks.keywordId,
      position: competitorChecks.position,
      status: competitorChecks.status,
    })
    .from(competitorChecks)
    .where(and(eq(competitorChecks.tenantId, tenantId), eq(competitorChecks.runId, runId)));
}

/** Moves a project to another engine/location and records the change, in one transaction. */
export async function changeProjectTarget(
  db: Db,
  tenantId: string,
  projectId: string,
  to: { searchEngine: "google" | "bing" | "yahoo"; location: string },
  event: Omit<EventInsert, "tenantId" | "projectId" | "kind">,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(keywordProjects)
      .set(to)
      .where(and(eq(keywordProjects.tenantId, tenantId), eq(keywordProjects.id, projectId)))
      .returning();
    if (!row) return undefined;
    await tx
      .insert(keywordEvents)
      .values({ ...event, tenantId, projectId, kind: "engine_changed" });
    return row;
  });
}
