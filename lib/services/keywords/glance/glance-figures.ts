// "At a glance" figures. Pure and unit-tested: the series comes summed from the database
// (keyword-glance.ts in full, keyword-glance-since.ts for new checks, stored by glance-series.ts),
// the per-tag figures from the rankings table's own records.
//
// How checks count, consistently with the rankings table (rankings.ts):
// - A good check with no position = not in the top 100: counted, earns 0 visibility, not ranked.
// - A failed check is not a position. The keyword keeps its last GOOD position for the level
//   figures (average, visibility, top N) and is counted in `lastKnown` (the table shows that
//   value greyed beside the failure); its changes are "not compared", as the table shows none.
// - A keyword with no good check yet is left out of every figure.
// - Changes follow changeBetween: since the previous check (that check must be good too), and
//   since the last good check at least 6.5 days / 29.5 days earlier (the table's look-backs).
//   Two good checks both outside the top 100 count as unchanged.
import type { KeywordRankingRecord } from "@/lib/db/queries/keyword-rankings";
import { changeBetween } from "../rankings";
import { CTR_TOP10, visibilityPercent } from "./ctr-curve";
import type {
  ChangeClass,
  ChangeCounts,
  GlanceFigures,
  GlancePoint,
  TagGlance,
} from "./glance-view";

/** One keyword as of one check. */
export interface KeywordGlanceState {
  /** Its latest good position; undefined = no good check yet, null = not in the top 100. */
  good: number | null | undefined;
  latestFailed: boolean;
  previous: ChangeClass | null;
  week: ChangeClass | null;
  month: ChangeClass | null;
}

export function classify(
  before: { status: string | null; position: number | null } | null,
  after: { status: string | null; position: number | null },
): ChangeClass | null {
  if (before?.status !== "ok" || after.status !== "ok") return null;
  const change = changeBetween(before, after);
  if (change === null || change === 0) return "unchanged";
  if (change === "entered" || (typeof change === "number" && change > 0)) return "improved";
  return "declined";
}

/** A keyword's state now, from the rankings table's record (the same look-backs). */
export function stateFromRanking(r: KeywordRankingRecord): KeywordGlanceState {
  const after = { status: r.status, position: r.status === "ok" ? r.position : null };
  const lookBack = (status: "ok" | null, position: number | null) =>
    classify(status ? { status, position } : null, after);
  return {
    good:
      r.status === "ok"
        ? r.position
        : r.status === "failed" && r.goodCheckedAt
          ? r.goodPosition
          : undefined,
    latestFailed: r.status === "failed",
    previous: classify({ status: r.previousStatus, position: r.previousPosition }, after),
    week: lookBack(r.weekStatus, r.weekPosition),
    month: lookBack(r.monthStatus, r.monthPosition),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const emptyCounts = (): ChangeCounts => ({
  improved: 0,
  declined: 0,
  unchanged: 0,
  notCompared: 0,
});

export function figuresOf(states: KeywordGlanceState[]): GlanceFigures {
  const counted = states.filter((s) => s.good !== undefined);
  const positions = counted.map((s) => s.good as number | null);
  const ranked = positions.filter((p): p is number => p !== null);
  const f: GlanceFigures = {
    keywords: counted.length,
    ranked: ranked.length,
    averagePosition: ranked.length
      ? round1(ranked.reduce((a, b) => a + b, 0) / ranked.length)
      : null,
    visibility: round1(visibilityPercent(positions)),
    top3: ranked.filter((p) => p <= 3).length,
    top10: ranked.filter((p) => p <= 10).length,
    top100: ranked.length,
    lastKnown: counted.filter((s) => s.latestFailed).length,
    previous: emptyCounts(),
    week: emptyCounts(),
    month: emptyCounts(),
  };
  for (const s of counted) {
    for (const period of ["previous", "week", "month"] as const) {
      f[period][s[period] ?? "notCompared"]++;
    }
  }
  return f;
}

/** The database's running totals after one check, as the figures the page shows. */
export interface Totals {
  at: string;
  counted: number;
  ranked: number;
  sumPos: number;
  top3: number;
  top10: number;
  /** Sum of the counted keywords' CTRs, in thousandths of a percent (exact integers). */
  ctr: number;
  lastKnown: number;
  prevI: number;
  prevD: number;
  prevU: number;
  prevN: number;
  weekI: number;
  weekD: number;
  weekU: number;
  weekN: number;
  monthI: number;
  monthD: number;
  monthU: number;
  monthN: number;
}

export function pointFromTotals(t: Totals): GlancePoint {
  const counts = (p: "prev" | "week" | "month"): ChangeCounts => ({
    improved: t[`${p}I`],
    declined: t[`${p}D`],
    unchanged: t[`${p}U`],
    notCompared: t[`${p}N`],
  });
  return {
    checkedAt: t.at,
    keywords: t.counted,
    ranked: t.ranked,
    averagePosition: t.ranked ? round1(t.sumPos / t.ranked) : null,
    visibility: t.counted ? round1((t.ctr / 1000 / (t.counted * CTR_TOP10[0])) * 100) : 0,
    top3: t.top3,
    top10: t.top10,
    top100: t.ranked,
    lastKnown: t.lastKnown,
    previous: counts("prev"),
    week: counts("week"),
    month: counts("month"),
  };
}

/** Per tag (a keyword with two tags counts in both), alphabetical; untagged keywords last. */
export function tagFigures(keywords: { tags: string[]; state: KeywordGlanceState }[]): TagGlance[] {
  const groups = new Map<string | null, KeywordGlanceState[]>();
  for (const k of keywords) {
    for (const tag of k.tags.length ? k.tags : [null]) {
      const group = groups.get(tag) ?? [];
      group.push(k.state);
      groups.set(tag, group);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([tag, group]) => ({ tag, total: group.length, figures: figuresOf(group) }));
}
