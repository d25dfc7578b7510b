import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { BacklinkRow } from "@/lib/seranking/types";
import type { TextFilter, TextFilters } from "@/lib/validations/backlink-filters";
import type { Db } from "../client";
import { backlinkRows, backlinkWalks } from "../schema";

export type BacklinkWalk = typeof backlinkWalks.$inferSelect;
export type StoredSort = "trust_flow" | "citation_flow" | "first_seen";

const walkWhere = (tenantId: string, domain: string, orderBy: string) =>
  and(
    eq(backlinkWalks.tenantId, tenantId),
    eq(backlinkWalks.domain, domain),
    eq(backlinkWalks.orderBy, orderBy),
  );
const rowsWhere = (tenantId: string, domain: string, orderBy: string) =>
  and(
    eq(backlinkRows.tenantId, tenantId),
    eq(backlinkRows.domain, domain),
    eq(backlinkRows.orderBy, orderBy),
  );

/** Every walk of the domain for this tenant (at most one per upstream order). */
export function listWalks(db: Db, tenantId: string, domain: string): Promise<BacklinkWalk[]> {
  return db
    .select()
    .from(backlinkWalks)
    .where(and(eq(backlinkWalks.tenantId, tenantId), eq(backlinkWalks.domain, domain)));
}

/** Starts a walk afresh: its rows go, an empty walk with this lifetime takes its place. */
export async function resetWalk(
  db: Db,
  tenantId: string,
  domain: string,
  orderBy: string,
  expiresAt: Date,
): Promise<BacklinkWalk> {
  return db.transaction(async (tx) => {
    await tx.delete(backlinkRows).where(rowsWhere(tenantId, domain, orderBy));
    await tx.delete(backlinkWalks).where(walkWhere(tenantId, domain, orderBy));
    const [walk] = await tx
      .insert(backlinkWalks)
      .values({ tenantId, domain, orderBy, startedAt: new Date(), expiresAt })
      .returning();
    return walk!;
  });
}

/** Appends one upstream page after the rows already stored, with the cursor that follows it. */
export async function appendPage(
  db: Db,
  walk: BacklinkWalk,
  page: { rows: BacklinkRow[]; next: string | null },
): Promise<BacklinkWalk> {
  const { tenantId, domain, orderBy } = walk;
  return db.transaction(async (tx) => {
    const values = page.rows.map((row, i) => ({
      tenantId,
      domain,
      orderBy,
      position: walk.rowCount + i,
      nofollow: row.isNoFollow,
      domainInlinkRank: row.domainInlinkRank ?? null,
      inlinkRank: row.inlinkRank ?? null,
      firstSeen: row.firstSeen,
      row,
    }));
    for (let i = 0; i < values.length; i += 1000) {
      await tx.insert(backlinkRows).values(values.slice(i, i + 1000));
    }
    const [next] = await tx
      .update(backlinkWalks)
      .set({
        cursor: page.next,
        complete: !page.next || page.rows.length === 0,
        rowCount: walk.rowCount + page.rows.length,
      })
      .where(walkWhere(tenantId, domain, orderBy))
      .returning();
    return next!;
  });
}

// When a complete walk in another order serves a sort, the app sorts as SE Ranking would:
// descending rank or newest first, upstream position breaking ties.
const SORT_SQL: Record<StoredSort, SQL[]> = {
  trust_flow: [desc(backlinkRows.domainInlinkRank), asc(backlinkRows.position)],
  citation_flow: [desc(backlinkRows.inlinkRank), asc(backlinkRows.position)],
  first_seen: [desc(backlinkRows.firstSeen), asc(backlinkRows.position)],
};

export interface ReadRowsQuery {
  offset: number;
  limit: number;
  dofollowOnly: boolean;
  /** Re-sort in the database (a complete walk of another order); absent = upstream order. */
  sort?: StoredSort;
  /** Anchor / source URL text filters, as lib/backlinks/text-filters.ts means them. */
  filters?: TextFilters;
}

// A plain, case-insensitive substring (strpos, not LIKE: a % or _ typed in the box is just text),
// the same test as matchesFilters() in the browser-side module.
function textCondition(field: "anchorText" | "sourceUrl", filter: TextFilter | undefined) {
  if (!filter) return undefined;
  const found = sql`strpos(lower(${backlinkRows.row}->>${field}), lower(${filter.text})) > 0`;
  return filter.mode === "contains" ? found : sql`not (${found})`;
}

function rowsFilter(walk: BacklinkWalk, dofollowOnly: boolean, filters?: TextFilters) {
  return and(
    rowsWhere(walk.tenantId, walk.domain, walk.orderBy),
    dofollowOnly ? eq(backlinkRows.nofollow, false) : undefined,
    textCondition("anchorText", filters?.anchor),
    textCondition("sourceUrl", filters?.url),
  );
}

export async function readRows(
  db: Db,
  walk: BacklinkWalk,
  q: ReadRowsQuery,
): Promise<BacklinkRow[]> {
  const where = rowsFilter(walk, q.dofollowOnly, q.filters);
  const rows = await db
    .select({ row: backlinkRows.row })
    .from(backlinkRows)
    .where(where)
    .orderBy(...(q.sort ? SORT_SQL[q.sort] : [asc(backlinkRows.position)]))
    .offset(q.offset)
    .limit(q.limit);
  return rows.map((r) => r.row);
}

/** Stored rows of a walk (dofollow ones only, or those passing text filters, when asked). */
export async function countRows(
  db: Db,
  walk: BacklinkWalk,
  dofollowOnly: boolean,
  filters?: TextFilters,
) {
  const [row] = await db
    .select({ n: count() })
    .from(backlinkRows)
    .where(rowsFilter(walk, dofollowOnly, filters));
  return row?.n ?? 0;
}
