import { sql } from "drizzle-orm";
import type { GlanceCheckRow, GlanceKeyword } from "@/lib/services/keywords/glance/glance-figures";
import type { Db } from "../client";

/**
 * Every check of a project, oldest first, reduced to what the "at a glance" figures read. One
 * range scan of keyword_checks_project_time_glance_idx: (tenant_id, project_id, checked_at, id)
 * gives the order with no sort, and its INCLUDE columns (keyword_id, status, position) make it an
 * index-only scan, so 1,000 keywords × 365 days never touch the table's wider rows (url, error).
 * The time is sent as epoch milliseconds: no Date parsing per row.
 */
export async function glanceCheckRows(
  db: Db,
  tenantId: string,
  projectId: string,
): Promise<GlanceCheckRow[]> {
  const result = await db.execute(sql`
    select c.keyword_id as "keywordId", c.status, c.position,
      (extract(epoch from c.checked_at) * 1000)::float8 as "at"
    from keyword_checks c
    where c.tenant_id = ${tenantId} and c.project_id = ${projectId}
    order by c.checked_at, c.id
  `);
  return (result.rows as unknown as GlanceCheckRow[]).map((r) => ({ ...r, at: Number(r.at) }));
}

export async function glanceKeywords(
  db: Db,
  tenantId: string,
  projectId: string,
): Promise<GlanceKeyword[]> {
  const result = await db.execute(sql`
    select k.id, k.tags from tracked_keywords k
    where k.tenant_id = ${tenantId} and k.project_id = ${projectId}
  `);
  return (result.rows as unknown as GlanceKeyword[]).map((k) => ({ ...k, tags: k.tags ?? [] }));
}
