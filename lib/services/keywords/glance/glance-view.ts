// The "at a glance" view: one type for the server that computes it and the page that shows it
// (the browser imports it with `import type`).

export type ChangeClass = "improved" | "declined" | "unchanged";

export interface ChangeCounts {
  improved: number;
  declined: number;
  unchanged: number;
  /** Latest check failed, or no good check that far back: not compared (as in the table). */
  notCompared: number;
}

export interface GlanceFigures {
  /** Keywords with at least one good check: the ones every figure counts. */
  keywords: number;
  /** Of those, in the top 100 (at their latest good check). */
  ranked: number;
  /** Mean position of the ranked keywords (1 decimal); null when none is in the top 100. */
  averagePosition: number | null;
  /** Percent of the best case (1 decimal); see ctr-curve.ts. */
  visibility: number;
  /** Cumulative: the top 10 includes the top 3, the top 100 includes both. */
  top3: number;
  top10: number;
  top100: number;
  /** Counted with their last good position because their latest check failed. */
  lastKnown: number;
  /** Against the keyword's previous check, and its last good check 7 and 30 days earlier. */
  previous: ChangeCounts;
  week: ChangeCounts;
  month: ChangeCounts;
}

/** The figures as they stood right after one check (one instant: every row of a run shares it). */
export interface GlancePoint extends GlanceFigures {
  checkedAt: string;
}

export interface TagGlance {
  /** The tag, or null for the keywords without one. */
  tag: string | null;
  /** Keywords carrying it (checked or not). */
  total: number;
  figures: GlanceFigures;
}

export interface GlanceView {
  /** Tracked keywords, checked or not. */
  total: number;
  /** After the latest check; null before the first good check. */
  latest: GlancePoint | null;
  /** Oldest first: one point per check. */
  points: GlancePoint[];
  /** Per tag at the latest check, alphabetical; untagged keywords last. */
  tags: TagGlance[];
}
