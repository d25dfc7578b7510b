"use client";

import { useQuery } from "@tanstack/react-query";
import { When } from "@/components/format/date-format";
import { chartMarks, MARK_STYLE } from "@/lib/keywords/chart-marks";
import { type ChartEvent, chartEventsQuery } from "@/lib/queries/keyword-competitors";

/**
 * The project's events for a chart of `keywordIds`: project-wide ones (failed checks, engine
 * changes, lost links) and those of the charted keywords (overtakes), with their marks.
 */
export function useChartEvents(
  slug: string,
  projectId: string,
  days: number,
  keywordIds: readonly string[],
) {
  const query = useQuery(chartEventsQuery(slug, projectId, days));
  const events = (query.data ?? []).filter(
    (e) => e.keywordId === null || keywordIds.includes(e.keywordId),
  );
  return {
    events,
    isError: query.isError,
    marksFor: (points: readonly { checkedAt: string }[]) =>
      chartMarks(
        events,
        points.map((p) => p.checkedAt),
      ),
  };
}

/** The chart's marks in words, for everyone (and the only way to read them without sight). */
export function ChartEventList({
  events,
  isError,
  label,
}: {
  events: ChartEvent[];
  isError?: boolean;
  label: string;
}) {
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold text-slate-800">{label}</h3>
      {isError ? (
        <p className="text-sm text-red-700">Could not load the events.</p>
      ) : events.length === 0 ? (
        <p className="text-sm text-slate-500">No event in this period.</p>
      ) : (
        <ul className="mt-1 max-h-48 space-y-1 overflow-y-auto text-sm" aria-label={label}>
          {events.map((e) => (
            <li key={e.id} className="flex gap-2" data-testid="chart-event">
              <span aria-hidden style={{ color: MARK_STYLE[e.kind].color }}>
                {MARK_STYLE[e.kind].symbol}
              </span>
              <span className="min-w-0">
                <span className="text-slate-500">
                  <When value={e.at} />
                </span>{" "}
                <span className="sr-only">{MARK_STYLE[e.kind].name}: </span>
                {e.text}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
