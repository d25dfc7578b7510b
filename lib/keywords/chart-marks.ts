// Where events go on the position chart. The chart's x axis is its checks (one category per
// check), so an event is drawn at the first check on or after it; one outside the charted
// checks is only listed below the chart.

export type MarkKind = "check_failed" | "engine_changed" | "competitor_overtook" | "lost_link";

export interface ChartMark {
  /** The check (x category) it is drawn at. */
  x: string;
  kind: MarkKind;
  /** How many events of this kind fall on that check. */
  count: number;
}

export const MARK_STYLE: Record<MarkKind, { color: string; name: string; symbol: string }> = {
  check_failed: { color: "#b91c1c", name: "Check failed", symbol: "✕" },
  engine_changed: { color: "#7c3aed", name: "Engine changed", symbol: "⚙" },
  competitor_overtook: { color: "#b45309", name: "Competitor overtook you", symbol: "▲" },
  lost_link: { color: "#475569", name: "Lost a strong link", symbol: "⛓" },
};

/** Events placed on the charted checks (sorted ISO instants), grouped per check and kind. */
export function chartMarks(
  events: readonly { at: string; kind: MarkKind }[],
  checks: readonly string[],
): ChartMark[] {
  if (checks.length === 0) return [];
  const sorted = [...checks].sort();
  const marks = new Map<string, ChartMark>();
  for (const event of events) {
    const at = new Date(event.at).getTime();
    if (at < new Date(sorted[0]!).getTime()) continue;
    const x = sorted.find((c) => new Date(c).getTime() >= at);
    if (!x) continue;
    const key = `${x}|${event.kind}`;
    const mark = marks.get(key) ?? { x, kind: event.kind, count: 0 };
    mark.count++;
    marks.set(key, mark);
  }
  return [...marks.values()];
}
