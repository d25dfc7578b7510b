import { sql } from "drizzle-orm";
import type { Db } from "../client";

export interface KeywordRankingRecord {
  id: string;
  keyword: string;
  tags: string[];
  status: "ok" | "failed" | null;
  position: number | null;
  url: string | null;
  volume: number | null;
  error: string | null;
  checkedAt: Date | null;
  previousStatus: "ok" | "failed" | null;
  previousPosition: number | null;
  weekStatus: "ok" | null;
  weekPosition: number | null;
  monthStatus: "ok" | null;
  monthPosition: number | null;
  best: number | null;
  /** When the latest check failed: the last good check, and the one before it (its change). */
  goodPosition: number | null;
  goodUrl: string | null;
  goodVolume: number | null;
  goodCheckedAt: Date | null;
  goodPreviousStatus: "ok" | "failed" | null;
  goodPreviousPosition: number | null;
}

// "7 days ago" is the last good check at least 6.5 days before the latest one, so a daily check
// that ran a few minutes later than a week before still counts. Parenthesised: spliced into
// `l.checked_at - ${WEEK}` without them, the 12 hours were subtracted too (7.5 days back).
const WEEK = sql`(interval '7 days' - interval '12 hours')`;
const MONTH = sql`(interval '30 days' - interval '12 hours')`;

/**
 * Each keyword with its latest check, the check before it, the last good checks a week and a
 * month earlier, its best position ever, and (when the latest check failed) the last good one. Lateral joins keep this one indexed query per page:
 * the first four are backward scans of keyword_checks_keyword_time_idx (keyword, checked_at, id)
 * that stop at their first row, and min(position) becomes one descent of the partial
 * keyword_checks_keyword_best_idx, so the cost grows with keywords, not with history.
 */
export async function keywordRankings(
  db: Db,
  tenantId: string,
  projectId: string,
): Promise<KeywordRankingRecord[]> {
  const result = await db.execute(sql`
    select k.id, k.keyword, k.tags,
      l.status, l.position, l.url, l.volume, l.error, l.checked_at as "checkedAt",
      p.status as "previousStatus", p.position as "previousPosition",
      w.status as "weekStatus", w.position as "weekPosition",
      m.status as "monthStatus", m.position as "monthPosition",
      b.best,
      g.position as "goodPosition", g.url as "goodUrl", g.volume as "goodVolume",
      g.checked_at as "goodCheckedAt",
      gp.status as "goodPreviousStatus", gp.position as "goodPreviousPosition"
    from tracked_keywords k
    left join lateral (
      select c.id, c.status, c.position, c.url, c.volume, c.error, c.checked_at
      from keyword_checks c
      where c.tenant_id = ${tenantId} and c.keyword_id = k.id
      order by c.checked_at desc, c.id desc limit 1
    ) l on true
    left join lateral (
      select c.status, c.position from keyword_checks c
      where c.tenant_id = ${tenantId} and c.keyword_id = k.id
        and (c.checked_at, c.id) < (l.checked_at, l.id)
      order by c.checked_at desc, c.id desc limit 1
    ) p on true
    left join lateral (
      select c.status, c.position from keyword_checks c
      where c.tenant_id = ${tenantId} and c.keyword_id = k.id and c.status = 'ok'
        and c.checked_at <= l.checked_at - ${WEEK}
      order by c.checked_at desc, c.id desc limit 1
    ) w on true
    left join lateral (
      select c.status, c.position from keyword_checks c
      where c.tenant_id = ${tenantId} and c.keyword_id = k.id and c.status = 'ok'
        and c.checked_at <= l.checked_at - ${MONTH}
      order by c.checked_at desc, c.id desc limit 1
    ) m on true
    left join lateral (
      select min(c.position)::int as best from keyword_checks c
      where c.tenant_id = ${tenantId} and c.keyword_id = k.id and c.status = 'ok'
    ) b on true
    left join lateral (
      select c.id, c.position, c.url, c.volume, c.checked_at from keyword_checks c
      where l.status = 'failed' and c.tenant_id = ${tenantId} and c.keyword_id = k.id
        and c.status = 'ok'
      order by c.checked_at desc, c.id desc limit 1
    ) g on true
    left join lateral (
      select c.status, c.position from keyword_checks c
      where g.id is not null and c.tenant_id = ${tenantId} and c.keyword_id = k.id
        and (c.checked_at, c.id) < (g.checked_at, g.id)
      order by c.checked_at desc, c.id desc limit 1
    ) gp on true
    where k.tenant_id = ${tenantId} and k.project_id = ${projectId}
    order by k.created_at, k.keyword
  `);
  // node-postgres and PGlite both answer { rows }; timestamps may come back as strings.
  return (result.rows as unknown as KeywordRankingRecord[]).map((r) => ({
    ...r,
    tags: r.tags ?? [],
    checkedAt: r.checkedAt ? new Date(r.checkedAt) : null,
    goodCheckedAt: r.goodCheckedAt ? new Date(r.goodCheckedAt) : null,
  }));
}
