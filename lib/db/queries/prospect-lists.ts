import { and, asc, count, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { prospectLists, prospects } from "../schema";

export async function listProspectLists(db: Db, tenantId: string) {
  return db
    .select({
      id: prospectLists.id,
      name: prospectLists.name,
      createdAt: prospectLists.createdAt,
      updatedAt: prospectLists.updatedAt,
      domains: count(prospects.domain),
      fetched: count(prospects.fetchedAt),
    })
    .from(prospectLists)
    .leftJoin(
      prospects,
      and(eq(prospects.listId, prospectLists.id), eq(prospects.tenantId, tenantId)),
    )
    .where(eq(prospectLists.tenantId, tenantId))
    .groupBy(prospectLists.id)
    .orderBy(desc(prospectLists.createdAt));
}

/** A list as GET /prospect-lists lists it: its name and how many domains have metrics. */
export type ProspectListSummary = Awaited<ReturnType<typeof listProspectLists>>[number];

export async function findProspectList(db: Db, tenantId: string, listId: string) {
  const [row] = await db
    .select()
    .from(prospectLists)
    .where(and(eq(prospectLists.tenantId, tenantId), eq(prospectLists.id, listId)))
    .limit(1);
  return row;
}

export async function insertProspectList(db: Db, tenantId: string, name: string) {
  const [row] = await db.insert(prospectLists).values({ tenantId, name }).returning();
  return row!;
}

export async function renameProspectList(db: Db, tenantId: string, listId: string, name: string) {
  const [row] = await db
    .update(prospectLists)
    .set({ name, updatedAt: new Date() })
    .where(and(eq(prospectLists.tenantId, tenantId), eq(prospectLists.id, listId)))
    .returning();
  return row;
}

export async function deleteProspectList(db: Db, tenantId: string, listId: string) {
  const rows = await db
    .delete(prospectLists)
    .where(and(eq(prospectLists.tenantId, tenantId), eq(prospectLists.id, listId)))
    .returning({ id: prospectLists.id });
  return rows.length > 0;
}

export async function listProspects(db: Db, tenantId: string, listId: string) {
  return db
    .select()
    .from(prospects)
    .where(and(eq(prospects.tenantId, tenantId), eq(prospects.listId, listId)))
    .orderBy(asc(prospects.position));
}

export async function listDomains(db: Db, tenantId: string, listId: string) {
  const rows = await db
    .select({ domain: prospects.domain })
    .from(prospects)
    .where(and(eq(prospects.tenantId, tenantId), eq(prospects.listId, listId)))
    .orderBy(asc(prospects.position));
  return rows.map((r) => r.domain);
}

export async function listFailedDomains(db: Db, tenantId: string, listId: string) {
  const rows = await db
    .select({ domain: prospects.domain })
    .from(prospects)
    .where(
      and(
        eq(prospects.tenantId, tenantId),
        eq(prospects.listId, listId),
        isNotNull(prospects.errorKind),
      ),
    )
    .orderBy(asc(prospects.position));
  return rows.map((r) => r.domain);
}

/** Appends domains after the list's last position; ones already in the list are skipped. */
export async function insertProspects(
  db: Db,
  tenantId: string,
  listId: string,
  domains: string[],
  /** Where the domains came from ("found by gap vs. …"); null for pasted ones. */
  origin: string | null = null,
) {
  if (domains.length === 0) return 0;
  const [{ max }] = (await db
    .select({ max: sql<number>`coalesce(max(${prospects.position}), -1)::int` })
    .from(prospects)
    .where(and(eq(prospects.tenantId, tenantId), eq(prospects.listId, listId)))) as [
    { max: number },
  ];
  let inserted = 0;
  // Chunked: one statement per 1,000 rows keeps far below Postgres's 65,535 parameters.
  for (let i = 0; i < domains.length; i += 1000) {
    const chunk = domains.slice(i, i + 1000).map((domain, j) => ({
      tenantId,
      listId,
      domain,
      position: max + 1 + i + j,
      origin,
    }));
    const rows = await db
      .insert(prospects)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ d: prospects.domain });
    inserted += rows.length;
  }
  await db
    .update(prospectLists)
    .set({ updatedAt: new Date() })
    .where(and(eq(prospectLists.tenantId, tenantId), eq(prospectLists.id, listId)));
  return inserted;
}

export async function countProspects(db: Db, tenantId: string, listId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(prospects)
    .where(and(eq(prospects.tenantId, tenantId), eq(prospects.listId, listId)));
  return row?.n ?? 0;
}

export async function deleteProspects(db: Db, tenantId: string, listId: string, domains: string[]) {
  if (domains.length === 0) return 0;
  const rows = await db
    .delete(prospects)
    .where(
      and(
        eq(prospects.tenantId, tenantId),
        eq(prospects.listId, listId),
        inArray(prospects.domain, domains),
      ),
    )
    .returning({ d: prospects.domain });
  return rows.length;
}
