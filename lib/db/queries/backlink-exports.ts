import { and, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { TextFilters } from "@/lib/validations/backlink-filters";
import type { Db } from "../client";
import {
  type BacklinkExport,
  type BacklinkExportStatus,
  type BacklinkExportStop,
  backlinkExportChunks,
  backlinkExports,
} from "../schema";

const byId = (tenantId: string, id: string) =>
  and(eq(backlinkExports.tenantId, tenantId), eq(backlinkExports.id, id));

const ACTIVE: BacklinkExportStatus[] = ["queued", "running"];

export interface NewExport {
  domain: string;
  sort: string;
  dofollow: boolean;
  /** Text filters the file applies; none when absent. */
  filters?: TextFilters;
  dialect: string;
  startedBy: string | null;
}

/** A queued export with its header as chunk 0, so every file starts the same way. */
export function createExport(
  db: Db,
  tenantId: string,
  values: NewExport,
  header: string,
): Promise<BacklinkExport> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(backlinkExports)
      .values({ tenantId, ...values, status: "queued" })
      .returning();
    await tx
      .insert(backlinkExportChunks)
      .values({ exportId: row!.id, tenantId, seq: 0, rows: 0, content: header });
    return row!;
  });
}

export async function findExport(db: Db, tenantId: string, id: string) {
  const [row] = await db.select().from(backlinkExports).where(byId(tenantId, id));
  return row;
}

/** The workspace's latest exports (of one domain when given), newest first. */
export function listExports(db: Db, tenantId: string, domain?: string, limit = 10) {
  return db
    .select()
    .from(backlinkExports)
    .where(
      and(
        eq(backlinkExports.tenantId, tenantId),
        domain ? eq(backlinkExports.domain, domain) : undefined,
      ),
    )
    .orderBy(desc(backlinkExports.createdAt), desc(backlinkExports.id))
    .limit(limit);
}

/** queued → running (a re-delivered running export stays running); undefined once it ended. */
export async function markRunning(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .update(backlinkExports)
    .set({ status: "running" })
    .where(and(byId(tenantId, id), inArray(backlinkExports.status, ACTIVE)))
    .returning();
  return row;
}

/**
 * Stores list page `page` and moves the checkpoint past it, in one transaction. Only when the
 * export is running and still at that page: a cancelled export, or a second delivery of the same
 * job that got there first, stores nothing (undefined), so no row is ever written twice.
 */
export function storePage(
  db: Db,
  current: BacklinkExport,
  page: number,
  chunk: { rows: number; content: string },
): Promise<BacklinkExport | undefined> {
  const { tenantId, id } = current;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(backlinkExports)
      .set({
        nextPage: page + 1,
        // A page stored is past whatever trouble was noted while retrying it.
        error: null,
        rowsWritten: sql`${backlinkExports.rowsWritten} + ${chunk.rows}`,
      })
      .where(
        and(
          byId(tenantId, id),
          eq(backlinkExports.status, "running"),
          eq(backlinkExports.nextPage, page),
        ),
      )
      .returning();
    if (!row) return undefined;
    if (chunk.rows > 0) {
      await tx.insert(backlinkExportChunks).values({ exportId: id, tenantId, seq: page, ...chunk });
    }
    return row;
  });
}

/** What a running export is waiting out (SE Ranking down or slow), shown until a page is stored. */
export async function noteTrouble(db: Db, tenantId: string, id: string, error: string | null) {
  await db
    .update(backlinkExports)
    .set({ error })
    .where(and(byId(tenantId, id), eq(backlinkExports.status, "running")));
}

export interface Ending {
  status: "done" | "failed" | "cancelled";
  stopReason: BacklinkExportStop;
  error?: string | null;
  total?: number | null;
}

/** Ends a running or queued export; one that already ended (a cancel won the race) stays as is. */
export async function endExport(db: Db, tenantId: string, id: string, ending: Ending) {
  const [row] = await db
    .update(backlinkExports)
    .set({
      status: ending.status,
      stopReason: ending.stopReason,
      error: ending.error ?? null,
      total: ending.total ?? null,
      finishedAt: new Date(),
    })
    .where(and(byId(tenantId, id), inArray(backlinkExports.status, ACTIVE)))
    .returning();
  return row;
}

/** A failed or cancelled export queued again: it resumes from its checkpoint. */
export async function requeueExport(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .update(backlinkExports)
    .set({ status: "queued", stopReason: null, error: null, finishedAt: null })
    .where(and(byId(tenantId, id), inArray(backlinkExports.status, ["failed", "cancelled"])))
    .returning();
  return row;
}

/** Up to `limit` chunks of the file after `afterSeq`, in order. */
export function readChunks(db: Db, tenantId: string, id: string, afterSeq: number, limit: number) {
  return db
    .select({ seq: backlinkExportChunks.seq, content: backlinkExportChunks.content })
    .from(backlinkExportChunks)
    .where(
      and(
        eq(backlinkExportChunks.tenantId, tenantId),
        eq(backlinkExportChunks.exportId, id),
        gt(backlinkExportChunks.seq, afterSeq),
      ),
    )
    .orderBy(asc(backlinkExportChunks.seq))
    .limit(limit);
}
