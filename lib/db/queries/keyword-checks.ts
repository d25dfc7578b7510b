import { and, asc, desc, eq, gte, inArray, lte, notExists, sql } from "drizzle-orm";
import { nextDueAt } from "@/lib/keywords/schedule/next-due";
import type { Db } from "../client";
import { keywordCheckRuns, keywordChecks, keywordProjects, tenants } from "../schema";
import { scheduleOf } from "./keyword-schedules";

type RunInsert = typeof keywordCheckRuns.$inferInsert;
type CheckInsert = typeof keywordChecks.$inferInsert;

const runningRunOf = (db: Db) =>
  db
    .select({ one: sql`1` })
    .from(keywordCheckRuns)
    .where(
      and(
        eq(keywordCheckRuns.projectId, keywordProjects.id),
        eq(keywordCheckRuns.status, "running"),
      ),
    );

/**
 * Claims one due project for this instance: the only cross-tenant query, because the scheduler
 * works for every tenant. FOR UPDATE SKIP LOCKED lets several instances claim at once without
 * waiting on (or taking) each other's rows; moving next_check_at and inserting the running run in
 * the same transaction means that once committed, no other instance sees the project as due.
 */
export async function claimDueProject(db: Db, now: Date, { tenantId }: { tenantId?: string } = {}) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ project: keywordProjects, timeZone: tenants.timeZone })
      .from(keywordProjects)
      .innerJoin(tenants, eq(tenants.id, keywordProjects.tenantId))
      .where(
        and(
          tenantId ? eq(keywordProjects.tenantId, tenantId) : undefined,
          eq(keywordProjects.scheduleEnabled, true),
          lte(keywordProjects.nextCheckAt, now),
          notExists(runningRunOf(tx as unknown as Db)),
        ),
      )
      .orderBy(asc(keywordProjects.nextCheckAt))
      .limit(1)
      .for("update", { of: keywordProjects, skipLocked: true });
    if (!row) return undefined;
    const { project } = row;
    // The next slot after now, on a later local day than this one: missed slots are skipped.
    const next = nextDueAt(scheduleOf(project), row.timeZone, now, {
      anchor: project.nextCheckAt,
      lastScheduled: now,
    });
    await tx
      .update(keywordProjects)
      .set({ nextCheckAt: next })
      .where(
        and(eq(keywordProjects.tenantId, project.tenantId), eq(keywordProjects.id, project.id)),
      );
    const [run] = await tx
      .insert(keywordCheckRuns)
      .values({
        tenantId: project.tenantId,
        projectId: project.id,
        trigger: "scheduled",
        status: "running",
        checkedAt: now,
      })
      .returning();
    return { project, run: run! };
  });
}

export async function insertRun(db: Db, tenantId: string, values: Omit<RunInsert, "tenantId">) {
  const [run] = await db
    .insert(keywordCheckRuns)
    .values({ ...values, tenantId })
    .returning();
  return run!;
}

export async function findRun(db: Db, tenantId: string, projectId: string, runId: string) {
  const [run] = await db
    .select()
    .from(keywordCheckRuns)
    .where(
      and(
        eq(keywordCheckRuns.tenantId, tenantId),
        eq(keywordCheckRuns.projectId, projectId),
        eq(keywordCheckRuns.id, runId),
      ),
    )
    .limit(1);
  return run;
}

export async function findRunById(db: Db, tenantId: string, runId: string) {
  const [run] = await db
    .select()
    .from(keywordCheckRuns)
    .where(and(eq(keywordCheckRuns.tenantId, tenantId), eq(keywordCheckRuns.id, runId)))
    .limit(1);
  return run;
}

export async function latestRun(db: Db, tenantId: string, projectId: string) {
  const [run] = await db
    .select()
    .from(keywordCheckRuns)
    .where(and(eq(keywordCheckRuns.tenantId, tenantId), eq(keywordCheckRuns.projectId, projectId)))
    .orderBy(desc(keywordCheckRuns.checkedAt))
    .limit(1);
  return run;
}

/** A tenant's newest run of any project (the cron route's test follows a scheduled one). */
export async function findLatestRunOfTenant(db: Db, tenantId: string) {
  const [run] = await db
    .select()
    .from(keywordCheckRuns)
    .where(eq(keywordCheckRuns.tenantId, tenantId))
    .orderBy(desc(keywordCheckRuns.checkedAt))
    .limit(1);
  return run;
}

export async function updateRun(
  db: Db,
  tenantId: string,
  runId: string,
  values: Partial<
    Pick<
      RunInsert,
      | "status"
      | "total"
      | "done"
      | "failed"
      | "error"
      | "finishedAt"
      | "awaitingRecheckSince"
      | "recheckRequestedAt"
    >
  >,
) {
  await db
    .update(keywordCheckRuns)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(keywordCheckRuns.tenantId, tenantId), eq(keywordCheckRuns.id, runId)));
}

/**
 * Appends history; rows are never updated afterwards. A keyword this run already has a row for
 * (stored by an earlier delivery of the same job) is skipped, never stored twice.
 */
export async function insertChecks(
  db: Db,
  tenantId: string,
  rows: Omit<CheckInsert, "tenantId">[],
) {
  if (rows.length === 0) return;
  await db
    .insert(keywordChecks)
    .values(rows.map((r) => ({ ...r, tenantId })))
    .onConflictDoNothing();
}

/** The keywords a run has rows for, and how many of those failed: where a retried job resumes. */
export async function runCheckedKeywords(db: Db, tenantId: string, runId: string) {
  const rows = await db
    .select({ keywordId: keywordChecks.keywordId, status: keywordChecks.status })
    .from(keywordChecks)
    .where(and(eq(keywordChecks.tenantId, tenantId), eq(keywordChecks.runId, runId)));
  return {
    ids: new Set(rows.map((r) => r.keywordId)),
    failed: rows.filter((r) => r.status === "failed").length,
  };
}

export async function historyFor(
  db: Db,
  tenantId: string,
  projectId: string,
  keywordIds: string[],
  since: Date,
) {
  return db
    .select({
      keywordId: keywordChecks.keywordId,
      position: keywordChecks.position,
      status: keywordChecks.status,
      checkedAt: keywordChecks.checkedAt,
    })
    .from(keywordChecks)
    .where(
      and(
        eq(keywordChecks.tenantId, tenantId),
        eq(keywordChecks.projectId, projectId),
        inArray(keywordChecks.keywordId, keywordIds),
        gte(keywordChecks.checkedAt, since),
      ),
    )
    .orderBy(asc(keywordChecks.checkedAt), asc(keywordChecks.id));
}

export async function countChecks(db: Db, tenantId: string, keywordId: string) {
  const rows = await db
    .select({ id: keywordChecks.id })
    .from(keywordChecks)
    .where(and(eq(keywordChecks.tenantId, tenantId), eq(keywordChecks.keywordId, keywordId)));
  return rows.length;
}
