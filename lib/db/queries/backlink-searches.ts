import { and, desc, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { backlinkSearches } from "../schema";

/** How many distinct domains a tenant's "recent searches" keeps. */
export const RECENT_SEARCHES_KEPT = 20;

/**
 * Records a search (a repeat moves the domain to the top), then trims the tenant's list.
 * Only a new domain can push the list over its length, so a repeat (the common case: the
 * same domain viewed again) is one statement and skips the trim.
 */
export async function recordBacklinkSearch(
  db: Db,
  tenantId: string,
  domain: string,
  searchedAt = new Date(),
) {
  const [row] = await db
    .insert(backlinkSearches)
    .values({ tenantId, domain, searchedAt })
    .onConflictDoUpdate({
      target: [backlinkSearches.tenantId, backlinkSearches.domain],
      set: { searchedAt },
      // A repeat of the tenant's latest search within a minute (a reload, another tab) changes
      // nothing anyone sees: no new row version then. Any other repeat moves to the top.
      setWhere: sql`${backlinkSearches.searchedAt} < ${searchedAt.toISOString()}::timestamptz - interval '1 minute'
        or ${backlinkSearches.searchedAt} < (select max(b.searched_at) from backlink_searches b where b.tenant_id = ${tenantId})`,
    })
    // PostgreSQL's usual upsert test: a freshly inserted row version has no xmax, while the
    // conflict path's updated version carries the updating transaction's id.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  if (!row?.inserted) return;
  const kept = db
    .select({ domain: backlinkSearches.domain })
    .from(backlinkSearches)
    .where(eq(backlinkSearches.tenantId, tenantId))
    .orderBy(desc(backlinkSearches.searchedAt), backlinkSearches.domain)
    .limit(RECENT_SEARCHES_KEPT);
  await db
    .delete(backlinkSearches)
    .where(and(eq(backlinkSearches.tenantId, tenantId), notInArray(backlinkSearches.domain, kept)));
}

export async function listBacklinkSearches(db: Db, tenantId: string, limit = RECENT_SEARCHES_KEPT) {
  return db
    .select({ domain: backlinkSearches.domain, searchedAt: backlinkSearches.searchedAt })
    .from(backlinkSearches)
    .where(eq(backlinkSearches.tenantId, tenantId))
    .orderBy(desc(backlinkSearches.searchedAt), backlinkSearches.domain)
    .limit(limit);
}
/** A recent search as GET /backlinks/recent lists it (newest first). */
export type RecentSearch = Awaited<ReturnType<typeof listBacklinkSearches>>[number];
