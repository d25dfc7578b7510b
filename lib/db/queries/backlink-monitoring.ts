import { and, asc, desc, eq, lte, notExists, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  backlinkChanges,
  backlinkSnapshotLinks,
  backlinkSnapshots,
  monitoredDomains,
} from "../schema";

type SnapshotInsert = typeof backlinkSnapshots.$inferInsert;
type SnapshotUpdate = Partial<Omit<SnapshotInsert, "id" | "tenantId" | "monitorId">>;
export type LinkInsert = Omit<typeof backlinkSnapshotLinks.$inferInsert, "snapshotId" | "tenantId">;
export type ChangeInsert = Omit<typeof backlinkChanges.$inferInsert, "snapshotId" | "tenantId">;

export async function insertMonitor(
  db: Db,
  tenantId: string,
  values: { domain: string; intervalDays: number; nextSnapshotAt: Date },
) {
  const [row] = await db
    .insert(monitoredDomains)
    .values({ ...values, tenantId })
    .returning();
  return row!;
}

export async function findMonitor(db: Db, tenantId: string, monitorId: string) {
  const [row] = await db
    .select()
    .from(monitoredDomains)
    .where(and(eq(monitoredDomains.tenantId, tenantId), eq(monitoredDomains.id, monitorId)))
    .limit(1);
  return row;
}

export async function findMonitorByDomain(db: Db, tenantId: string, domain: string) {
  const [row] = await db
    .select()
    .from(monitoredDomains)
    .where(and(eq(monitoredDomains.tenantId, tenantId), eq(monitoredDomains.domain, domain)))
    .limit(1);
  return row;
}

export function listMonitors(db: Db, tenantId: string) {
  return db
    .select()
    .from(monitoredDomains)
    .where(eq(monitoredDomains.tenantId, tenantId))
    .orderBy(asc(monitoredDomains.domain));
}

export async function updateMonitor(
  db: Db,
  tenantId: string,
  monitorId: string,
  values: Partial<{ intervalDays: number; scheduleEnabled: boolean; nextSnapshotAt: Date }>,
) {
  const [row] = await db
    .update(monitoredDomains)
    .set(values)
    .where(and(eq(monitoredDomains.tenantId, tenantId), eq(monitoredDomains.id, monitorId)))
    .returning();
  return row;
}

export async function deleteMonitor(db: Db, tenantId: string, monitorId: string) {
  const gone = await db
    .delete(monitoredDomains)
    .where(and(eq(monitoredDomains.tenantId, tenantId), eq(monitoredDomains.id, monitorId)))
    .returning({ id: monitoredDomains.id });
  return gone.length > 0;
}

const runningSnapshotOf = (db: Db) =>
  db
    .select({ one: sql`1` })
    .from(backlinkSnapshots)
    .where(
      and(
        eq(backlinkSnapshots.monitorId, monitoredDomains.id),
        eq(backlinkSnapshots.status, "running"),
      ),
    );

/**
 * Claims one due monitor for this instance (the scheduler works for every tenant): moves its
 * next time on by its interval (missed slots skipped) and inserts the running snapshot in one
 * transaction, so once committed no other instance sees it as due.
 */
export async function claimDueMonitor(
  db: Db,
  now: Date,
  dialectOf: (tenantId: string, tx: Db) => Promise<string>,
) {
  return db.transaction(async (tx) => {
    const [monitor] = await tx
      .select()
      .from(monitoredDomains)
      .where(
        and(
          eq(monitoredDomains.scheduleEnabled, true),
          lte(monitoredDomains.nextSnapshotAt, now),
          notExists(runningSnapshotOf(tx as unknown as Db)),
        ),
      )
      .orderBy(asc(monitoredDomains.nextSnapshotAt))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!monitor) return undefined;
    const step = monitor.intervalDays * 86_400_000;
    let next = monitor.nextSnapshotAt.getTime() + step;
    if (next <= now.getTime()) next += Math.ceil((now.getTime() - next + 1) / step) * step;
    await tx
      .update(monitoredDomains)
      .set({ nextSnapshotAt: new Date(next) })
      .where(eq(monitoredDomains.id, monitor.id));
    const [snapshot] = await tx
      .insert(backlinkSnapshots)
      .values({
        tenantId: monitor.tenantId,
        monitorId: monitor.id,
        trigger: "scheduled",
        status: "running",
        // Read in the transaction: PGlite has one connection, a query beside it would wait forever.
        dialect: await dialectOf(monitor.tenantId, tx as unknown as Db),
        takenAt: now,
        asOf: now.toISOString().slice(0, 10),
      })
      .returning();
    return { monitor, snapshot: snapshot! };
  });
}

export async function insertSnapshot(
  db: Db,
  tenantId: string,
  values: Omit<SnapshotInsert, "tenantId">,
) {
  const [row] = await db
    .insert(backlinkSnapshots)
    .values({ ...values, tenantId })
    .returning();
  return row!;
}

export async function findSnapshot(db: Db, tenantId: string, snapshotId: string) {
  const [row] = await db
    .select()
    .from(backlinkSnapshots)
    .where(and(eq(backlinkSnapshots.tenantId, tenantId), eq(backlinkSnapshots.id, snapshotId)))
    .limit(1);
  return row;
}

/** Finishes a running snapshot; undefined when it is no longer running (another delivery did). */
export async function finishSnapshot(
  db: Db,
  tenantId: string,
  snapshotId: string,
  values: SnapshotUpdate,
) {
  const [row] = await db
    .update(backlinkSnapshots)
    .set({ ...values, finishedAt: new Date() })
    .where(
      and(
        eq(backlinkSnapshots.tenantId, tenantId),
        eq(backlinkSnapshots.id, snapshotId),
        eq(backlinkSnapshots.status, "running"),
      ),
    )
    .returning();
  return row;
}

/** A monitor's snapshots, oldest first (the chart's order). */
export function listSnapshots(db: Db, tenantId: string, monitorId: string) {
  return db
    .select()
    .from(backlinkSnapshots)
    .where(
      and(eq(backlinkSnapshots.tenantId, tenantId), eq(backlinkSnapshots.monitorId, monitorId)),
    )
    .orderBy(asc(backlinkSnapshots.takenAt), asc(backlinkSnapshots.id));
}

/** The latest finished snapshot before `snapshot`: what it is compared with. */
export async function previousDoneSnapshot(
  db: Db,
  tenantId: string,
  snapshot: { monitorId: string; id: string },
) {
  const rows = await db
    .select()
    .from(backlinkSnapshots)
    .where(
      and(
        eq(backlinkSnapshots.tenantId, tenantId),
        eq(backlinkSnapshots.monitorId, snapshot.monitorId),
        eq(backlinkSnapshots.status, "done"),
      ),
    )
    .orderBy(desc(backlinkSnapshots.takenAt), desc(backlinkSnapshots.id));
  return rows.find((r) => r.id !== snapshot.id);
}

export function readSnapshotLinks(db: Db, tenantId: string, snapshotId: string) {
  return db
    .select()
    .from(backlinkSnapshotLinks)
    .where(
      and(
        eq(backlinkSnapshotLinks.tenantId, tenantId),
        eq(backlinkSnapshotLinks.snapshotId, snapshotId),
      ),
    );
}

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters (9 columns a row). */
const CHUNK = 1000;

/** Stores a finished snapshot's links and changes with its counts, in one transaction. */
export async function storeSnapshot(
  db: Db,
  tenantId: string,
  snapshotId: string,
  data: { links: LinkInsert[]; changes: ChangeInsert[]; counts: SnapshotUpdate },
) {
  return db.transaction(async (tx) => {
    const done = await finishSnapshot(tx as unknown as Db, tenantId, snapshotId, {
      ...data.counts,
      status: "done",
      error: null,
    });
    if (!done) return undefined; // finished by another delivery: store nothing twice
    for (let i = 0; i < data.links.length; i += CHUNK) {
      await tx
        .insert(backlinkSnapshotLinks)
        .values(data.links.slice(i, i + CHUNK).map((l) => ({ ...l, snapshotId, tenantId })))
        .onConflictDoNothing();
    }
    for (let i = 0; i < data.changes.length; i += CHUNK) {
      await tx
        .insert(backlinkChanges)
        .values(data.changes.slice(i, i + CHUNK).map((c) => ({ ...c, snapshotId, tenantId })));
    }
    return done;
  });
}
