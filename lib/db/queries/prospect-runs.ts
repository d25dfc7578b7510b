import { and, desc, eq, lt, notInArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type ProspectRunStatus, prospectRuns } from "../schema";

export async function insertRun(
  db: Db,
  tenantId: string,
  run: {
    listId: string;
    mode: "all" | "failed";
    total: number;
    cached: number;
    requestsTotal?: number;
    estimatedCredits?: number;
    owner: string;
    startedBy: string | null;
  },
) {
  const [row] = await db
    .insert(prospectRuns)
    .values({ tenantId, status: "running", ...run })
    .returning();
  return row!;
}

export async function findLatestRun(db: Db, tenantId: string, listId: string) {
  const [row] = await db
    .select()
    .from(prospectRuns)
    .where(and(eq(prospectRuns.tenantId, tenantId), eq(prospectRuns.listId, listId)))
    .orderBy(desc(prospectRuns.startedAt))
    .limit(1);
  return row;
}

/** Adds one batch's counts and beats the heart, in one statement. */
export async function addRunProgress(
  db: Db,
  tenantId: string,
  runId: string,
  delta: { done: number; failed: number; requests?: number },
) {
  await db
    .update(prospectRuns)
    .set({
      done: sql`${prospectRuns.done} + ${delta.done}`,
      failed: sql`${prospectRuns.failed} + ${delta.failed}`,
      requestsDone: sql`${prospectRuns.requestsDone} + ${delta.requests ?? 0}`,
      heartbeatAt: new Date(),
    })
    .where(and(eq(prospectRuns.tenantId, tenantId), eq(prospectRuns.id, runId)));
}

export async function heartbeatRun(db: Db, tenantId: string, runId: string) {
  await db
    .update(prospectRuns)
    .set({ heartbeatAt: new Date() })
    .where(and(eq(prospectRuns.tenantId, tenantId), eq(prospectRuns.id, runId)));
}

export async function finishRun(
  db: Db,
  tenantId: string,
  runId: string,
  outcome: { status: Exclude<ProspectRunStatus, "running">; error?: string | null },
) {
  await db
    .update(prospectRuns)
    .set({ status: outcome.status, error: outcome.error ?? null, finishedAt: new Date() })
    .where(
      and(
        eq(prospectRuns.tenantId, tenantId),
        eq(prospectRuns.id, runId),
        eq(prospectRuns.status, "running"),
      ),
    );
}

/**
 * Marks "running" runs of a list that nobody is running any more as interrupted: those whose
 * heart stopped beating, and this process's own runs that it no longer holds (a restart that
 * reused the process id cannot happen: the id is random per process).
 */
export async function interruptDeadRuns(
  db: Db,
  tenantId: string,
  listId: string,
  self: { owner: string; activeRunIds: string[]; staleBefore: Date },
) {
  const mineButGone = self.activeRunIds.length
    ? and(eq(prospectRuns.owner, self.owner), notInArray(prospectRuns.id, self.activeRunIds))
    : eq(prospectRuns.owner, self.owner);
  return db
    .update(prospectRuns)
    .set({
      status: "interrupted",
      finishedAt: new Date(),
      error: "The server stopped during this fetch; start it again to fetch what is missing.",
    })
    .where(
      and(
        eq(prospectRuns.tenantId, tenantId),
        eq(prospectRuns.listId, listId),
        eq(prospectRuns.status, "running"),
        or(lt(prospectRuns.heartbeatAt, self.staleBefore), mineButGone),
      ),
    )
    .returning({ id: prospectRuns.id });
}
