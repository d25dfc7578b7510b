// The incremental "at a glance" pass: how every total moved at each instant from `from` on,
// computed for those rows alone. The stored totals before `from` stay as they are (a total at
// an instant depends only on checks up to it), so after a check run this reads the new run's
// rows and a few index entries per keyword instead of the project's whole history.
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { glanceClasses, glanceDeltaSums, glancePacked } from "./glance-sql";
import { deltasOf, type GlanceDelta } from "./keyword-glance";

/** The latest of `keyword k`'s checks meeting `where`, newest first: one backward index scan. */
const latest = (columns: string, where: string) =>
  sql.raw(`lateral (select ${columns} from keyword_checks c
    where c.keyword_id = t.k and ${where}
    order by c.checked_at desc, c.id desc limit 1)`);

/**
 * The same per-row inputs as the full pass (glanceDeltasQuery), read by index look-ups per row
 * instead of windows over the whole history: the row before (prev), the latest good row up to
 * and including this one (g > 0 and good), and the latest good row 6.5 and 29.5 days earlier
 * (the same look-backs as the full pass's RANGE frames). Targets: every row at or after `from`,
 * plus each of those keywords' last row before it, whose contribution is the one a keyword's
 * first new row replaces.
 */
export function glanceDeltasSinceQuery(tenantId: string, projectId: string, from: Date): SQL {
  const since = from.toISOString();
  return sql`
    with n as (
      select distinct c.keyword_id as k from keyword_checks c
      where c.tenant_id = ${tenantId} and c.project_id = ${projectId}
        and c.checked_at >= ${since}::timestamptz
    ), t as (
      select c.keyword_id as k, c.checked_at as at, c.id, c.status, c.position
      from keyword_checks c
      where c.tenant_id = ${tenantId} and c.project_id = ${projectId}
        and c.checked_at >= ${since}::timestamptz
      union all
      select n.k, b.checked_at, b.id, b.status, b.position from n
      cross join lateral (select c.checked_at, c.id, c.status, c.position from keyword_checks c
        where c.keyword_id = n.k and c.checked_at < ${since}::timestamptz
        order by c.checked_at desc, c.id desc limit 1) b
    ), x as (
      select t.k, t.at, t.id, t.status, case when t.status = 'ok' then t.position end as pos,
        p.status as prev_status, case when p.status = 'ok' then p.position end as prev_pos,
        (gd.id is not null)::int as g, gd.position as good,
        (wk.id is not null)::int as week_g, wk.position as week_pos,
        (mo.id is not null)::int as month_g, mo.position as month_pos
      from t
      left join ${latest("c.status, c.position", "(c.checked_at, c.id) < (t.at, t.id)")} p on true
      left join ${latest("c.id, c.position", "c.status = 'ok' and (c.checked_at, c.id) <= (t.at, t.id)")} gd on true
      left join ${latest("c.id, c.position", "c.status = 'ok' and c.checked_at <= t.at - interval '156 hours'")} wk on true
      left join ${latest("c.id, c.position", "c.status = 'ok' and c.checked_at <= t.at - interval '708 hours'")} mo on true
    ), c as (
      select x.*, ${glanceClasses()} from x
    ), v as (
      select k, at, id, ${glancePacked()} as v from c
    ), d as (
      select at, v, lag(v) over (partition by k order by at, id) as before from v
    )
    select at, ${glanceDeltaSums()} from d
    where at >= ${since}::timestamptz group by at order by at
  `;
}

export async function glanceDeltasSince(
  db: Db,
  tenantId: string,
  projectId: string,
  from: Date,
): Promise<GlanceDelta[]> {
  return deltasOf(await db.execute(glanceDeltasSinceQuery(tenantId, projectId, from)));
}
