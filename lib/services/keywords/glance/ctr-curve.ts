// Visibility: the share of the clicks the tracked keywords could bring that their positions
// actually earn, estimated from a published click-through-rate curve. Pure, shared with the page
// (its help text quotes the same numbers).

/**
 * Organic CTR by Google position, in percent: Backlinko, "We Analyzed 4 Million Google Search
 * Results. Here's What We Learned About Organic Click Through Rate" (Brian Dean, with Semrush
 * data; backlinko.com/google-ctr-stats). Positions 1–10 as read from the study's chart (1st result
 * 27.6%). The study finds that only 0.63% of searchers click anything on page two, so positions
 * 11–20 share that evenly (0.063% each); it measured no clicks further down, so 21–100 earn 0,
 * and so does a keyword outside the top 100.
 */
export const CTR_TOP10 = [27.6, 15.8, 11.0, 8.4, 6.3, 4.9, 3.9, 3.3, 2.7, 2.4] as const;
export const CTR_PAGE_TWO = 0.063;

/** Expected CTR (percent) at a position; null = not in the top 100. */
export function ctrAt(position: number | null): number {
  if (position === null || position < 1) return 0;
  if (position <= 10) return CTR_TOP10[position - 1]!;
  if (position <= 20) return CTR_PAGE_TWO;
  return 0;
}

/**
 * Visibility in percent of the best case (every keyword at #1 = 100%). Each keyword counts the
 * same, NOT weighted by search volume: volumes are monthly estimates, missing for some keywords
 * and revised independently of rankings, so weighting by them would move the line when an
 * estimate changes rather than when a position does.
 */
export function visibilityPercent(positions: (number | null)[]): number {
  if (positions.length === 0) return 0;
  const earned = positions.reduce<number>((sum, p) => sum + ctrAt(p), 0);
  return (earned / (positions.length * CTR_TOP10[0])) * 100;
}

export const VISIBILITY_HELP =
  "Share of the clicks your keywords could earn at #1 that their positions earn, by Backlinko's " +
  "click-through-rate study (#1 27.6%, #2 15.8%, #3 11%, … #10 2.4%, page two 0.063% each, lower 0). " +
  "Every keyword counts the same (not weighted by search volume: volumes are monthly estimates " +
  "and often missing). A keyword whose latest check failed counts with its last good position.";
