// A snapshot's new and lost links as the pages read them, and the follow-up status a member sets
// on each lost link (the "Lost links" to-do list).
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { backlinkChanges, backlinkSnapshots, lostLinkFollowUps } from "../schema";

type Kind = "link" | "refdomain";
type ChangeType = "new" | "lost";

/**
 * A snapshot's changes with each lost link's follow-up status, the strongest first; `only` narrows
 * to one kind and type and cuts at `limit` rows (so one busy kind never crowds out the others).
 */
export function listChanges(
  db: Db,
  tenantId: string,
  snapshotId: string,
  only?: { kind: Kind; type: ChangeType; limit: number },
) {
  const query = db
    .select({ change: backlinkChanges, followUp: lostLinkFollowUps.status })
    .from(backlinkChanges)
    .leftJoin(lostLinkFollowUps, eq(lostLinkFollowUps.changeId, backlinkChanges.id))
    .where(
      and(
        eq(backlinkChanges.tenantId, tenantId),
        eq(backlinkChanges.snapshotId, snapshotId),
        only ? eq(backlinkChanges.kind, only.kind) : undefined,
        only ? eq(backlinkChanges.type, only.type) : undefined,
      ),
    )
    .orderBy(
      desc(backlinkChanges.authority),
      asc(backlinkChanges.sourceUrl),
      asc(backlinkChanges.id),
    );
  return only ? query.limit(only.limit) : query;
}

const lostLinksOf = (tenantId: string, snapshotIds: string[]) =>
  and(
    eq(backlinkChanges.tenantId, tenantId),
    inArray(backlinkChanges.snapshotId, snapshotIds),
    eq(backlinkChanges.kind, "link"),
    eq(backlinkChanges.type, "lost"),
  );

/** How many lost links every snapshot of a monitor has: the to-do list's full length. */
export async function countLostLinks(db: Db, tenantId: string, snapshotIds: string[]) {
  if (snapshotIds.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(backlinkChanges)
    .where(lostLinksOf(tenantId, snapshotIds));
  return row?.n ?? 0;
}

/** Lost links of every snapshot of a monitor with their follow-up status (the to-do list). */
export function listLostLinks(db: Db, tenantId: string, snapshotIds: string[], limit: number) {
  if (snapshotIds.length === 0) return Promise.resolve([]);
  return db
    .select({ change: backlinkChanges, followUp: lostLinkFollowUps.status })
    .from(backlinkChanges)
    .leftJoin(lostLinkFollowUps, eq(lostLinkFollowUps.changeId, backlinkChanges.id))
    .where(lostLinksOf(tenantId, snapshotIds))
    .orderBy(
      desc(backlinkChanges.authority),
      asc(backlinkChanges.sourceUrl),
      asc(backlinkChanges.id),
    )
    .limit(limit);
}

export async function findChange(db: Db, tenantId: string, changeId: string) {
  const [row] = await db
    .select({ change: backlinkChanges, monitorId: backlinkSnapshots.monitorId })
    .from(backlinkChanges)
    .innerJoin(backlinkSnapshots, eq(backlinkSnapshots.id, backlinkChanges.snapshotId))
    .where(and(eq(backlinkChanges.tenantId, tenantId), eq(backlinkChanges.id, changeId)))
    .limit(1);
  return row;
}

export async function setFollowUp(
  db: Db,
  tenantId: string,
  changeId: string,
  status: "followed_up" | "dismissed" | "open",
  userId: string,
) {
  if (status === "open") {
    await db
      .delete(lostLinkFollowUps)
      .where(
        and(eq(lostLinkFollowUps.tenantId, tenantId), eq(lostLinkFollowUps.changeId, changeId)),
      );
    return;
  }
  await db
    .insert(lostLinkFollowUps)
    .values({ changeId, tenantId, status, updatedBy: userId })
    .onConflictDoUpdate({
      target: lostLinkFollowUps.changeId,
      set: { status, updatedBy: userId, updatedAt: new Date() },
    });
}
