// The "at a glance" series, aggregated in the database: one row per check instant leaves it,
// not one per check. This is the full pass (a project's whole history); keyword-glance-since.ts
// is the incremental one over the newest checks, through the same expressions (glance-sql.ts).
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { glanceClasses, glanceDeltaSums, glancePacked } from "./glance-sql";

/** The summed change of every total at one instant (GLANCE_COLUMNS order). */
export interface GlanceDelta {
  at: string;
  delta: number[];
}

/**
 * Per check instant, how every total moved. Steps, each one pass over the rows:
 * r: per keyword in check order, g = how many good checks so far, and the previous check;
 * s/l: good = the position of the latest good check (null = not in the top 100; g = 0 = none
 *    yet), and that state as it stood 6.5 and 29.5 days earlier (the rankings table's
 *    look-backs) via RANGE frames; c: each change class; v: the keyword's contribution to every
 *    total; d: minus its contribution before this check (glanceDeltaSums). All windows share one
 *    order (keyword, checked_at, id), which the planner reads straight from
 *    keyword_checks_keyword_time_idx: no sort of 365,000 rows.
 */
export function glanceDeltasQuery(tenantId: string, projectId: string): SQL {
  return sql`
    with r as (
      select c.keyword_id as k, c.checked_at as at, c.id, c.status,
        case when c.status = 'ok' then c.position end as pos,
        count(*) filter (where c.status = 'ok') over kw as g,
        lag(c.status) over kw as prev_status,
        lag(case when c.status = 'ok' then c.position end) over kw as prev_pos
      from keyword_checks c
      where c.tenant_id = ${tenantId} and c.project_id = ${projectId}
      window kw as (partition by c.keyword_id order by c.checked_at, c.id)
    ), s as (
      -- The latest good check so far, packed as g * 1000 + position (0 = not in the top 100):
      -- g only grows, so a running max carries it through failed checks in the same sort.
      select r.*, max(case when status = 'ok' then g * 1000 + coalesce(pos, 0) end)
        over (partition by k order by at, id) as code
      from r
    ), l as (
      select s.*, nullif(code % 1000, 0) as good,
        last_value(code) over wk as week_code, last_value(code) over mo as month_code
      from s
      window wk as (partition by k order by at
                    range between unbounded preceding and interval '156 hours' preceding),
             mo as (partition by k order by at
                    range between unbounded preceding and interval '708 hours' preceding)
    ), m as (
      select l.*, week_code / 1000 as week_g, nullif(week_code % 1000, 0) as week_pos,
        month_code / 1000 as month_g, nullif(month_code % 1000, 0) as month_pos
      from l
    ), c as (
      select m.*, ${glanceClasses()} from m
    ), v as (
      select k, at, id, ${glancePacked()} as v from c
    ), d as (
      select at, v, lag(v) over (partition by k order by at, id) as before from v
    )
    select at, ${glanceDeltaSums()} from d group by at order by at
  `;
}

/** Rows of `execute` as deltas, with the instant as ISO text (both drivers). */
export function deltasOf(result: unknown): GlanceDelta[] {
  return (result as { rows: { at: string | Date; delta: number[] }[] }).rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    delta: r.delta.map(Number),
  }));
}

export async function glanceDeltas(
  db: Db,
  tenantId: string,
  projectId: string,
): Promise<GlanceDelta[]> {
  return deltasOf(await db.execute(glanceDeltasQuery(tenantId, projectId)));
}

/**
 * What the view depends on, read cheaply: the project's newest check row (one descent of
 * keyword_checks_project_id_idx; history is append-only, so any new check or import moves it)
 * and its keywords with their tags (a removed keyword or an edited tag changes the digest).
 */
export async function glanceFingerprint(
  db: Db,
  tenantId: string,
  projectId: string,
): Promise<string> {
  const result = await db.execute(sql`
    select
      (select max(c.id) from keyword_checks c
        where c.tenant_id = ${tenantId} and c.project_id = ${projectId})::text as "lastId",
      (select md5(coalesce(string_agg(k.id::text || ':' || array_to_string(k.tags, ','), ';'
                   order by k.id), ''))
        from tracked_keywords k
        where k.tenant_id = ${tenantId} and k.project_id = ${projectId}) as "keywords"
  `);
  const row = result.rows[0] as { lastId: string | null; keywords: string };
  return `${row.lastId ?? "none"}/${row.keywords}`;
}
