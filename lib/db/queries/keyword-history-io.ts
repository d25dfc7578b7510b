// Reads and writes of the history CSV export and import. The export pages by key (checked_at, id)
// so no page costs more than the one before it and the whole history is never held in memory.
import { and, asc, eq, gt, gte, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { keywordChecks, trackedKeywords } from "../schema";

export interface HistoryCursor {
  checkedAt: Date;
  id: number;
}

/**
 * One page of a project's history after `after` (oldest first). The keyword's text and tags are
 * not joined in: they would travel (and be parsed) once per check, 365 times per keyword for a
 * year; the export reads them once with historyKeywords.
 */
export async function historyPage(
  db: Db,
  tenantId: string,
  projectId: string,
  after: HistoryCursor | null,
  limit: number,
) {
  const scope = and(eq(keywordChecks.tenantId, tenantId), eq(keywordChecks.projectId, projectId));
  // The redundant `checked_at >= cursor` lets the (tenant, project, checked_at) index start the
  // scan at the cursor; the OR then drops the rows of that instant already sent.
  const keyset = after
    ? and(
        gte(keywordChecks.checkedAt, after.checkedAt),
        or(gt(keywordChecks.checkedAt, after.checkedAt), gt(keywordChecks.id, after.id)),
      )
    : undefined;
  return db
    .select({
      id: keywordChecks.id,
      keywordId: keywordChecks.keywordId,
      position: keywordChecks.position,
      url: keywordChecks.url,
      volume: keywordChecks.volume,
      status: keywordChecks.status,
      error: keywordChecks.error,
      checkedAt: keywordChecks.checkedAt,
    })
    .from(keywordChecks)
    .where(keyset ? and(scope, keyset) : scope)
    .orderBy(asc(keywordChecks.checkedAt), asc(keywordChecks.id))
    .limit(limit);
}

export type HistoryCheck = Awaited<ReturnType<typeof historyPage>>[number];
export type HistoryKeyword = { keyword: string; tags: string[] };
export type HistoryRow = HistoryCheck & HistoryKeyword;

/** A project's keywords (all, or those of `ids`) by id, with their text and tags. */
export async function historyKeywords(
  db: Db,
  tenantId: string,
  projectId: string,
  ids?: string[],
): Promise<Map<string, HistoryKeyword>> {
  const rows = await db
    .select({
      id: trackedKeywords.id,
      keyword: trackedKeywords.keyword,
      tags: trackedKeywords.tags,
    })
    .from(trackedKeywords)
    .where(
      and(
        eq(trackedKeywords.tenantId, tenantId),
        eq(trackedKeywords.projectId, projectId),
        ids ? inArray(trackedKeywords.id, ids) : undefined,
      ),
    );
  return new Map(rows.map((r) => [r.id, { keyword: r.keyword, tags: r.tags }]));
}

export interface ImportedCheck {
  keywordId: string;
  position: number | null;
  url: string | null;
  volume: number | null;
  status: "ok" | "failed";
  error: string | null;
  checkedAt: Date;
}

const BATCH = 5_000;

/**
 * Appends imported rows, skipping any keyword that already has a row at the same instant (from
 * a check or an earlier import): importing a file twice, or a project's own export back into
 * it, adds nothing. The partial unique index on imported rows backs this under concurrency.
 * Rows travel as one JSON parameter per batch (the same on PGlite and node-postgres).
 * Returns how many rows were stored.
 */
export async function insertImportedChecks(
  db: Db,
  tenantId: string,
  projectId: string,
  rows: ImportedCheck[],
): Promise<number> {
  let stored = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const json = JSON.stringify(
      // ord keeps the file's order in the ids (the export's order within one instant).
      rows
        .slice(i, i + BATCH)
        .map((r, ord) => ({ ...r, checkedAt: r.checkedAt.toISOString(), ord })),
    );
    const result = await db.execute(sql`
      insert into keyword_checks
        (tenant_id, project_id, keyword_id, run_id, position, url, volume, status, error, checked_at, source)
      select ${tenantId}::uuid, ${projectId}::uuid, v."keywordId", null, v.position, v.url,
             v.volume, v.status, v.error, v."checkedAt", 'import'
      from jsonb_to_recordset(${json}::jsonb) as v(
        "keywordId" uuid, position integer, url text, volume integer, status text, error text,
        "checkedAt" timestamptz, ord integer)
      where not exists (
        select 1 from keyword_checks k
        where k.keyword_id = v."keywordId" and k.checked_at = v."checkedAt")
      order by v.ord
      on conflict do nothing
      returning id`);
    stored += rowsOf(result).length;
  }
  return stored;
}

/** PGlite and node-postgres both answer `execute` with `{ rows }`. */
const rowsOf = (result: unknown) => (result as { rows: unknown[] }).rows;
