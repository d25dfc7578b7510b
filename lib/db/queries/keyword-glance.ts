// The "at a glance" series, aggregated in the database: 365 rows leave it, not 365,000.
import { type SQL, sql } from "drizzle-orm";
import { CTR_PAGE_TWO, CTR_TOP10 } from "@/lib/services/keywords/glance/ctr-curve";
import type { Totals } from "@/lib/services/keywords/glance/glance-figures";
import type { Db } from "../client";

const COUNTS = ["prev", "week", "month"].flatMap((p) => ["I", "D", "U", "N"].map((c) => p + c));
const COLUMNS = [
  "counted",
  "ranked",
  "sumPos",
  "top3",
  "top10",
  "ctr",
  "lastKnown",
  ...COUNTS,
] as const;

// The curve of ctr-curve.ts as SQL (constants of this module, never user input).
// In thousandths of a percent, so the sums are exact integers.
const milli = (ctr: number) => Math.round(ctr * 1000);
const CTR = `case when good between 1 and 10 then (array[${CTR_TOP10.map(milli).join(",")}])[good]
  when good between 11 and 20 then ${milli(CTR_PAGE_TWO)} else 0 end`;

// 1 when a counted keyword (one with a good check) meets the condition, else 0, never null: a
// null would drop out of the deltas below and leave a keyword counted after it moved on.
const flag = (condition: string) => `coalesce(g > 0 and (${condition}), false)::int`;

/** 'I' / 'D' / 'U' like changeBetween (both out of the top 100 = 'U'); null = not compared. */
function change(beforeOk: SQL, beforePos: SQL, afterOk: SQL, afterPos: SQL): SQL {
  return sql`case when not (coalesce(${beforeOk}, false) and ${afterOk}) then null
    when ${beforePos} is null and ${afterPos} is null then 'U'
    when ${beforePos} is null then 'I' when ${afterPos} is null then 'D'
    when ${afterPos} < ${beforePos} then 'I' when ${afterPos} > ${beforePos} then 'D'
    else 'U' end`;
}

/**
 * A project's figures after each check: every keyword as of that instant (its latest check so
 * far; a failed check keeps the last good position), summed. Steps, each one pass over the rows:
 * r: per keyword in check order, g = how many good checks so far, and the previous check;
 * s/l: good = the position of the latest good check (null = not in the top 100; g = 0 = none
 *    yet), and that state as it stood 6.5 and 29.5 days earlier (the rankings table's
 *    look-backs) via RANGE frames; c/v: each change class and the keyword's contribution to every
 *    total; d: minus its contribution before this check, so summing d per instant and then
 *    running over instants gives the totals with every keyword carried forward, without a
 *    keyword × instant grid. All windows share one order (keyword, checked_at, id), which the
 *    planner reads straight from keyword_checks_keyword_time_idx: no sort of 365,000 rows.
 */
export function glanceTotalsQuery(tenantId: string, projectId: string): SQL {
  const ok = sql.raw("status = 'ok'");
  const periods = [
    ["prev", change(sql`prev_status = 'ok'`, sql`prev_pos`, ok, sql`pos`)],
    ["week", change(sql`week_g > 0`, sql`week_pos`, ok, sql`pos`)],
    ["month", change(sql`month_g > 0`, sql`month_pos`, ok, sql`pos`)],
  ] as const;
  const classes = sql.join(
    periods.map(([name, expr]) => sql`${expr} as ${sql.raw(`${name}_c`)}`),
    sql`, `,
  );
  const contributions = sql.raw(
    [
      `${flag("true")} as "counted"`,
      `${flag("good is not null")} as "ranked"`,
      `(case when g > 0 then coalesce(good, 0) else 0 end) as "sumPos"`,
      `${flag("good <= 3")} as "top3"`,
      `${flag("good <= 10")} as "top10"`,
      `(case when g > 0 then ${CTR} else 0 end) as "ctr"`,
      `${flag("status = 'failed'")} as "lastKnown"`,
      ...periods.flatMap(([name]) => [
        ...["I", "D", "U"].map((c) => `${flag(`${name}_c = '${c}'`)} as "${name}${c}"`),
        `${flag(`${name}_c is null`)} as "${name}N"`,
      ]),
    ].join(", "),
  );
  // One lag of the packed contributions, not one per column: each window function is a pass.
  const packed = sql.raw(`array[${COLUMNS.map((c) => `"${c}"`).join(", ")}]::int[]`);
  const sums = sql.raw(
    COLUMNS.map((c, i) => `sum(v[${i + 1}] - coalesce(before[${i + 1}], 0)) as "${c}"`).join(", "),
  );
  const running = sql.raw(
    COLUMNS.map((c) => `(sum("${c}") over (order by at))::float8 as "${c}"`).join(", "),
  );
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
      select m.*, ${classes} from m
    ), v as (
      select k, at, id, ${contributions} from c
    ), d as (
      select at, v, lag(v) over (partition by k order by at, id) as before from (
        select k, at, id, ${packed} as v from v
      ) packed
    ), i as (
      select at, ${sums} from d group by at
    )
    select at, ${running} from i order by at
  `;
}

export async function glanceTotals(db: Db, tenantId: string, projectId: string): Promise<Totals[]> {
  const result = await db.execute(glanceTotalsQuery(tenantId, projectId));
  return (result.rows as unknown as Totals[]).map((r) => ({
    ...r,
    at: new Date(r.at).toISOString(),
  }));
}

/**
 * What the figures depend on, read cheaply: the project's newest check row (one descent of
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
