// "At a glance" figures from a project's whole history in one pass over its checks, oldest first.
// Pure and unit-tested; the rows come from keyword-glance.ts.
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
import { changeBetween } from "../rankings";
import { visibilityPercent } from "./ctr-curve";
import type {
  ChangeClass,
  ChangeCounts,
  GlanceFigures,
  GlancePoint,
  GlanceView,
  TagGlance,
} from "./glance-view";

export interface GlanceCheckRow {
  keywordId: string;
  status: "ok" | "failed";
  position: number | null;
  /** checked_at in epoch milliseconds. */
  at: number;
}

export interface GlanceKeyword {
  id: string;
  tags: string[];
}

const HOUR = 3_600_000;
// Same look-backs as keyword-rankings.ts: a daily check a few minutes late still counts.
export const WEEK_MS = 7 * 24 * HOUR - 12 * HOUR;
export const MONTH_MS = 30 * 24 * HOUR - 12 * HOUR;

interface Good {
  at: number;
  position: number | null;
}

interface KeywordState {
  /** The latest good position; undefined = no good check yet, null = not in the top 100. */
  good: number | null | undefined;
  latestFailed: boolean;
  previous: ChangeClass | null;
  week: ChangeClass | null;
  month: ChangeClass | null;
  last: { status: "ok" | "failed"; position: number | null } | null;
  goods: Good[];
  /** Pointers into goods: how many good checks are at or before (at - WEEK / MONTH). */
  weekIdx: number;
  monthIdx: number;
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

function lookBack(s: KeywordState, cutoff: number, key: "weekIdx" | "monthIdx"): Good | null {
  while (s[key] < s.goods.length && s.goods[s[key]]!.at <= cutoff) s[key]++;
  return s[key] > 0 ? s.goods[s[key] - 1]! : null;
}

function apply(s: KeywordState, row: GlanceCheckRow) {
  const after = { status: row.status, position: row.status === "ok" ? row.position : null };
  s.previous = classify(s.last, after);
  const week = lookBack(s, row.at - WEEK_MS, "weekIdx");
  const month = lookBack(s, row.at - MONTH_MS, "monthIdx");
  s.week = classify(week && { status: "ok", ...week }, after);
  s.month = classify(month && { status: "ok", ...month }, after);
  s.last = after;
  s.latestFailed = row.status === "failed";
  if (row.status === "ok") {
    s.good = after.position;
    s.goods.push({ at: row.at, position: after.position });
  }
}

const emptyCounts = (): ChangeCounts => ({
  improved: 0,
  declined: 0,
  unchanged: 0,
  notCompared: 0,
});
const round1 = (n: number) => Math.round(n * 10) / 10;

export function figuresOf(states: KeywordState[]): GlanceFigures {
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
      const c = s[period];
      f[period][c ?? "notCompared"]++;
    }
  }
  return f;
}

/** Rows must be oldest first (checked_at, then id: the table's order). */
export function glanceFigures(keywords: GlanceKeyword[], rows: GlanceCheckRow[]): GlanceView {
  const states = new Map<string, KeywordState>();
  for (const k of keywords) {
    states.set(k.id, {
      good: undefined,
      latestFailed: false,
      previous: null,
      week: null,
      month: null,
      last: null,
      goods: [],
      weekIdx: 0,
      monthIdx: 0,
    });
  }
  const all = [...states.values()];
  const points: GlancePoint[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const s = states.get(row.keywordId);
    if (s) apply(s, row);
    // One point per instant, once all its rows are in; none while no keyword has a good check.
    if (rows[i + 1]?.at !== row.at) {
      const figures = figuresOf(all);
      if (figures.keywords > 0) {
        points.push({ checkedAt: new Date(row.at).toISOString(), ...figures });
      }
    }
  }
  return {
    total: keywords.length,
    latest: points.at(-1) ?? null,
    points,
    tags: points.length ? tagFigures(keywords, states) : [],
  };
}

function tagFigures(keywords: GlanceKeyword[], states: Map<string, KeywordState>): TagGlance[] {
  const groups = new Map<string | null, KeywordState[]>();
  for (const k of keywords) {
    for (const tag of k.tags.length ? k.tags : [null]) {
      const group = groups.get(tag) ?? [];
      group.push(states.get(k.id)!);
      groups.set(tag, group);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([tag, group]) => ({ tag, total: group.length, figures: figuresOf(group) }));
}
