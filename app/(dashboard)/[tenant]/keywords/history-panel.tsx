"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { WhenVisible } from "@/components/ui/when-visible";
import { historyQuery, type KeywordRow } from "@/lib/queries/keywords";
import { ChartEventList, useChartEvents } from "./chart-events";

// Recharts (~400 KB) is fetched only when a chart is actually drawn, and only once the chart
// comes near the screen (below the table, out of sight on a phone).
const PositionHistoryChart = dynamic(
  () => import("@/components/charts/position-history-chart").then((m) => m.PositionHistoryChart),
  { ssr: false, loading: () => <p className="h-80 text-sm text-slate-500">Loading chart…</p> },
);

interface Props {
  slug: string;
  projectId: string;
  keywords: KeywordRow[];
  selected: string[];
  /** The y axis and the figure's name: "Position" or the database label. */
  positionLabel: string;
}

export function HistoryPanel({ slug, projectId, keywords, selected, positionLabel }: Props) {
  const [days, setDays] = useState(90);
  const ids = selected.filter((id) => keywords.some((k) => k.id === id));
  const history = useQuery(historyQuery(slug, projectId, ids, days));
  const events = useChartEvents(slug, projectId, days, ids);
  const series = ids.map((id) => ({ key: id, name: keywords.find((k) => k.id === id)!.keyword }));
  const names = series.map((s) => s.name).join(", ");

  return (
    <section
      aria-labelledby="history-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="history-heading" className="text-base font-semibold text-slate-900">
            History
          </h2>
          <p className="text-sm text-slate-600">
            Tick up to 10 keywords in the table to compare them. Gaps: not in the top 100 or the
            check failed.
          </p>
        </div>
        <label className="flex items-center gap-2 text-sm">
          Period
          <select
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
            className="h-8 rounded-md border border-slate-300 bg-white px-2"
          >
            <option value={30}>30 days</option>
            <option value={90}>90 days</option>
            <option value={365}>1 year</option>
          </select>
        </label>
      </div>
      {ids.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">No keyword chosen yet.</p>
      ) : history.isPending ? (
        <p className="h-80 text-sm text-slate-500">Loading history…</p>
      ) : history.isError ? (
        <Alert tone="error">Could not load the history: {history.error.message}</Alert>
      ) : history.data.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">No check in this period yet.</p>
      ) : (
        <figure
          role="img"
          aria-label={`${positionLabel} history of ${names}`}
          data-testid="history-chart"
        >
          <WhenVisible placeholder={<div className="h-80" />}>
            <PositionHistoryChart
              points={history.data}
              series={series}
              axisLabel={positionLabel}
              marks={events.marksFor(history.data)}
            />
          </WhenVisible>
        </figure>
      )}
      {ids.length ? <ChartEventList {...events} label="Events on the chart" /> : null}
    </section>
  );
}
