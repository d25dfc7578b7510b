// The "at a glance" arithmetic as SQL fragments, shared by the full pass over a project's history
// (keyword-glance.ts) and the incremental one over its newest checks (keyword-glance-since.ts):
// both derive the same per-row inputs and then go through these same expressions, so the two
// paths cannot count differently. The rules are glance-figures.ts's (and its tests').
import { type SQL, sql } from "drizzle-orm";
import { CTR_PAGE_TWO, CTR_TOP10 } from "@/lib/services/keywords/glance/ctr-curve";

const COUNTS = ["prev", "week", "month"].flatMap((p) => ["I", "D", "U", "N"].map((c) => p + c));

/** The totals, in the order they are packed into an array (and stored). */
export const GLANCE_COLUMNS = [
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
// null would drop out of the deltas and leave a keyword counted after it moved on.
const flag = (condition: string) => `coalesce(g > 0 and (${condition}), false)::int`;

/** 'I' / 'D' / 'U' like changeBetween (both out of the top 100 = 'U'); null = not compared. */
function change(beforeOk: SQL, beforePos: SQL, afterOk: SQL, afterPos: SQL): SQL {
  return sql`case when not (coalesce(${beforeOk}, false) and ${afterOk}) then null
    when ${beforePos} is null and ${afterPos} is null then 'U'
    when ${beforePos} is null then 'I' when ${afterPos} is null then 'D'
    when ${afterPos} < ${beforePos} then 'I' when ${afterPos} > ${beforePos} then 'D'
    else 'U' end`;
}

const PERIODS = ["prev", "week", "month"] as const;

/**
 * The change classes prev_c, week_c and month_c of a row with columns status, pos (the row's
 * position when good), prev_status, prev_pos (the keyword's check just before), and week_g,
 * week_pos, month_g, month_pos (its good checks so far and latest good position, as they stood
 * 6.5 and 29.5 days earlier: the rankings table's look-backs).
 */
export function glanceClasses(): SQL {
  const ok = sql.raw("status = 'ok'");
  const periods = [
    change(sql`prev_status = 'ok'`, sql`prev_pos`, ok, sql`pos`),
    change(sql`week_g > 0`, sql`week_pos`, ok, sql`pos`),
    change(sql`month_g > 0`, sql`month_pos`, ok, sql`pos`),
  ];
  return sql.join(
    periods.map((expr, i) => sql`${expr} as ${sql.raw(`${PERIODS[i]}_c`)}`),
    sql`, `,
  );
}

/**
 * One row's contribution to every total, packed as an int[] in GLANCE_COLUMNS order, from the
 * columns g (good checks so far, the row included), good (the latest good position so far, null
 * = not in the top 100), status and the classes of glanceClasses().
 */
export function glancePacked(): SQL {
  const values: Record<(typeof GLANCE_COLUMNS)[number], string> = {
    counted: flag("true"),
    ranked: flag("good is not null"),
    sumPos: "(case when g > 0 then coalesce(good, 0) else 0 end)",
    top3: flag("good <= 3"),
    top10: flag("good <= 10"),
    ctr: `(case when g > 0 then ${CTR} else 0 end)`,
    lastKnown: flag("status = 'failed'"),
    ...Object.fromEntries(
      PERIODS.flatMap((p) => [
        ...["I", "D", "U"].map((c) => [`${p}${c}`, flag(`${p}_c = '${c}'`)]),
        [`${p}N`, flag(`${p}_c is null`)],
      ]),
    ),
  } as Record<(typeof GLANCE_COLUMNS)[number], string>;
  return sql.raw(`array[${GLANCE_COLUMNS.map((c) => values[c]).join(", ")}]::int[]`);
}

/**
 * Per instant, the sum of each row's contribution `v` minus the same keyword's contribution
 * `before` it (null = none), as "delta" (float8[]: exact integers, and a plain number[] from both
 * drivers). Summing the deltas of every instant so far gives the totals with each keyword
 * carried forward from its latest check, without a keyword × instant grid.
 */
export function glanceDeltaSums(): SQL {
  const sums = GLANCE_COLUMNS.map((_, i) => `sum(v[${i + 1}] - coalesce(before[${i + 1}], 0))`);
  return sql.raw(`array[${sums.join(", ")}]::float8[] as delta`);
}
