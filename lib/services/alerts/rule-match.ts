// Whether one keyword's move between two checks is what a keyword rule watches for. Pure: the
// evaluation reads the positions, these decide. A null position is "not in the top 100".
import type { AlertRuleParams } from "@/lib/db/schema";

/** Below every real position: out of the top 100 counts as 101 for drops. */
const OUT = 101;

export type TopNCrossing = "entered" | "left";

/** "entered" / "left" when the keyword crossed the top-N boundary in the watched direction. */
export function matchTopN(
  previous: number | null,
  current: number | null,
  params: Pick<AlertRuleParams, "topN" | "direction">,
): TopNCrossing | null {
  const n = params.topN ?? 10;
  const direction = params.direction ?? "both";
  const wasIn = previous !== null && previous <= n;
  const isIn = current !== null && current <= n;
  if (!wasIn && isIn && direction !== "leave") return "entered";
  if (wasIn && !isIn && direction !== "enter") return "left";
  return null;
}

/** The positions lost when the drop is at least dropBy; null otherwise (or on a rise). */
export function matchDrop(
  previous: number | null,
  current: number | null,
  params: Pick<AlertRuleParams, "dropBy">,
): number | null {
  // Never seen in the top 100 before: nothing to drop from.
  if (previous === null) return null;
  const lost = (current ?? OUT) - previous;
  const dropBy = params.dropBy ?? 1;
  return lost >= dropBy ? lost : null;
}

export const positionText = (position: number | null) =>
  position === null ? "not in the top 100" : `#${position}`;
