import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { GapRefdomain } from "@/lib/backlinks/gap/gap-rows";
import type { Db } from "../client";
import {
  type BacklinkGap,
  type BacklinkGapStatus,
  backlinkGapLists,
  backlinkGaps,
} from "../schema";

/** The gap was cancelled, finished or deleted while a list was in flight. */
export class GapStoppedError extends Error {
  override name = "GapStoppedError";
}

export interface NewGap {
  domain: string;
  competitors: string[];
  dialect: string;
  estimatedCredits: number;
  /** null: started through the public API by a workspace token, not by a member. */
  startedBy: string | null;
}

/** The gap and one unsettled list row per target (you at position 0), in one transaction. */
export async function createGap(db: Db, tenantId: string, gap: NewGap): Promise<BacklinkGap> {
  return db.transaction(async (tx) => {
    const targets = [gap.domain, ...gap.competitors];
    const [row] = await tx
      .insert(backlinkGaps)
      .values({ tenantId, ...gap, status: "queued", total: targets.length })
      .returning();
    await tx
      .insert(backlinkGapLists)
      .values(targets.map((target, position) => ({ gapId: row!.id, tenantId, target, position })));
    return row!;
  });
}

export async function findGap(db: Db, tenantId: string, gapId: string) {
  const [row] = await db
    .select()
    .from(backlinkGaps)
    .where(and(eq(backlinkGaps.tenantId, tenantId), eq(backlinkGaps.id, gapId)));
  return row ?? null;
}

export async function recentGaps(db: Db, tenantId: string, limit = 10) {
  return db
    .select()
    .from(backlinkGaps)
    .where(eq(backlinkGaps.tenantId, tenantId))
    .orderBy(desc(backlinkGaps.createdAt))
    .limit(limit);
}

/** queued → running (a first delivery); answers the gap if it is running now. */
export async function markGapRunning(db: Db, tenantId: string, gapId: string) {
  const [row] = await db
    .update(backlinkGaps)
    .set({ status: "running" })
    .where(
      and(
        eq(backlinkGaps.tenantId, tenantId),
        eq(backlinkGaps.id, gapId),
        inArray(backlinkGaps.status, ["queued", "running"]),
      ),
    )
    .returning();
  return row ?? null;
}

export async function pendingGapTargets(db: Db, tenantId: string, gapId: string) {
  return db
    .select({ target: backlinkGapLists.target, position: backlinkGapLists.position })
    .from(backlinkGapLists)
    .where(
      and(
        eq(backlinkGapLists.tenantId, tenantId),
        eq(backlinkGapLists.gapId, gapId),
        eq(backlinkGapLists.settled, false),
      ),
    )
    .orderBy(asc(backlinkGapLists.position));
}

export async function gapLists(db: Db, tenantId: string, gapId: string) {
  return db
    .select()
    .from(backlinkGapLists)
    .where(and(eq(backlinkGapLists.tenantId, tenantId), eq(backlinkGapLists.gapId, gapId)))
    .orderBy(asc(backlinkGapLists.position));
}

export interface SettledList {
  position: number;
  rows: GapRefdomain[] | null;
  complete: boolean | null;
  error: string | null;
  fromCache: boolean;
}

/**
 * Stores lists of a gap exactly once: in one transaction it locks the gap (a second delivery
 * waits here), settles the lists still unsettled, and counts only those, so progress never goes
 * backwards or past the total. Throws GapStoppedError when the gap is no longer running.
 */
export async function storeGapLists(db: Db, tenantId: string, gapId: string, lists: SettledList[]) {
  await db.transaction(async (tx) => {
    const [gap] = await tx
      .select({ status: backlinkGaps.status })
      .from(backlinkGaps)
      .where(and(eq(backlinkGaps.tenantId, tenantId), eq(backlinkGaps.id, gapId)))
      .for("update");
    if (gap?.status !== "running") throw new GapStoppedError("The gap is no longer running");
    let done = 0;
    let failed = 0;
    let cached = 0;
    for (const list of lists) {
      const stored = await tx
        .update(backlinkGapLists)
        .set({
          settled: true,
          rows: list.rows,
          complete: list.complete,
          error: list.error,
          fetchedAt: new Date(),
        })
        .where(
          and(
            eq(backlinkGapLists.gapId, gapId),
            eq(backlinkGapLists.position, list.position),
            eq(backlinkGapLists.settled, false),
          ),
        )
        .returning({ position: backlinkGapLists.position });
      if (stored.length === 0) continue;
      done++;
      if (list.error) failed++;
      else if (list.fromCache) cached++;
    }
    await tx
      .update(backlinkGaps)
      .set({
        done: sql`${backlinkGaps.done} + ${done}`,
        failed: sql`${backlinkGaps.failed} + ${failed}`,
        cached: sql`${backlinkGaps.cached} + ${cached}`,
      })
      .where(eq(backlinkGaps.id, gapId));
  });
}

/** Ends a gap that is still queued or running; a gap already ended keeps its outcome. */
export async function finishGap(
  db: Db,
  tenantId: string,
  gapId: string,
  outcome: { status: Exclude<BacklinkGapStatus, "queued" | "running">; error: string | null },
) {
  await db
    .update(backlinkGaps)
    .set({ ...outcome, finishedAt: new Date() })
    .where(
      and(
        eq(backlinkGaps.tenantId, tenantId),
        eq(backlinkGaps.id, gapId),
        inArray(backlinkGaps.status, ["queued", "running"]),
      ),
    );
}

/**
 * A failed or cancelled gap queued again: its failed lists are unsettled (fetched again), the
 * lists it has are kept. Answers null when there is nothing to retry.
 */
export async function requeueGap(db: Db, tenantId: string, gapId: string) {
  return db.transaction(async (tx) => {
    const [gap] = await tx
      .select()
      .from(backlinkGaps)
      .where(and(eq(backlinkGaps.tenantId, tenantId), eq(backlinkGaps.id, gapId)))
      .for("update");
    if (!gap || !canRequeue(gap)) return null;
    const reopened = await tx
      .update(backlinkGapLists)
      .set({ settled: false, error: null })
      .where(and(eq(backlinkGapLists.gapId, gapId), sql`${backlinkGapLists.error} is not null`))
      .returning({ position: backlinkGapLists.position });
    const [row] = await tx
      .update(backlinkGaps)
      .set({
        status: "queued",
        error: null,
        finishedAt: null,
        failed: 0,
        done: sql`${backlinkGaps.done} - ${reopened.length}`,
      })
      .where(eq(backlinkGaps.id, gapId))
      .returning();
    return row ?? null;
  });
}

/** Failed, cancelled, or done with some lists missing: a retry fetches what is missing. */
export function canRequeue(gap: Pick<BacklinkGap, "status" | "failed">): boolean {
  return (
    gap.status === "failed" ||
    gap.status === "cancelled" ||
    (gap.status === "done" && gap.failed > 0)
  );
}
