import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { prospects, serankingCache } from "../schema";

export interface KeywordWeekPair {
  status: string | null;
  position: number | null;
  weekStatus: string | null;
  weekPosition: number | null;
}

/**
 * Each tracked keyword's latest good check and its latest good check at least a week before
 * `now`: the overview counts how many moved up or down. Failed checks say nothing about a move.
 */
export async function keywordWeekPairs(db: Db, tenantId: string, now: Date) {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const result = await db.execute(sql`
    select l.status, l.position, w.status as "weekStatus", w.position as "weekPosition"
    from tracked_keywords k
    left join lateral (
      select c.status, c.position from keyword_checks c
      where c.keyword_id = k.id and c.status = 'ok'
      order by c.checked_at desc, c.id desc limit 1
    ) l on true
    left join lateral (
      select c.status, c.position from keyword_checks c
      where c.keyword_id = k.id and c.status = 'ok' and c.checked_at <= ${weekAgo}
      order by c.checked_at desc, c.id desc limit 1
    ) w on true
    where k.tenant_id = ${tenantId}`);
  return (result as unknown as { rows: KeywordWeekPair[] }).rows;
}

/** Every prospect of the workspace (all lists), for the verdict counts. */
export function tenantProspects(db: Db, tenantId: string) {
  return db.select().from(prospects).where(eq(prospects.tenantId, tenantId));
}

/**
 * The cached backlink summaries of these domains for one API (never fetched here: the overview
 * spends no credits), keyed by domain.
 */
export async function cachedSummaries(
  db: Db,
  tenantId: string,
  domains: string[],
  dialect: string,
): Promise<Map<string, unknown>> {
  if (domains.length === 0) return new Map();
  const rows = await db
    .select({ params: serankingCache.params, response: serankingCache.response })
    .from(serankingCache)
    .where(
      and(
        eq(serankingCache.tenantId, tenantId),
        eq(serankingCache.endpoint, "backlinks.summary"),
        inArray(sql<string>`${serankingCache.params}->>'domain'`, domains),
        sql`${serankingCache.params}->>'dialect' = ${dialect}`,
      ),
    );
  return new Map(rows.map((r) => [String(r.params.domain), r.response]));
}
