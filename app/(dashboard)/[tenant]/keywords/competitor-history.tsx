"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { WhenVisible } from "@/components/ui/when-visible";
import { competitorHistoryQuery, competitorsQuery } from "@/lib/queries/keyword-competitors";
import type { KeywordRow } from "@/lib/queries/keywords";
import { ChartEventList, useChartEvents } from "./chart-events";

// Recharts is fetched only when this chart is drawn (see history-panel.tsx).
const PositionHistoryChart = dynamic(
  () => import("@/components/charts/position-history-chart").then((m) => m.PositionHistoryChart),
  { ssr: false, loading: () => <p className="h-80 text-sm text-slate-500">Loading chart…</p> },
);

interface Props {
  slug: string;
  projectId: string;
  keywords: KeywordRow[];
  /** Keywords ticked in the table: the first is shown first. */
  selected: string[];
  positionLabel: string;
}

/** One keyword's position beside each competitor's, one line per domain, events marked. */
export function CompetitorHistory({ slug, projectId, keywords, selected, positionLabel }: Props) {
  const competitors = useQuery(competitorsQuery(slug, projectId));
  const [picked, setPicked] = useState<string>();
  const [days, setDays] = useState(90);
  const keywordId =
    [picked, ...selected].find((id) => id && keywords.some((k) => k.id === id)) ?? keywords[0]?.id;
  const history = useQuery(competitorHistoryQuery(slug, projectId, keywordId, days));
  const marks = useChartEvents(slug, projectId, days, keywordId ? [keywordId] : []);
  if (!competitors.data?.competitors.length || !keywordId) return null;
  const data = history.data;
  const series = (data?.series ?? []).map((s, i) => ({ ...s, dashed: i > 0 }));

  return (
    <section
      aria-labelledby="competitor-history-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="competitor-history-heading" className="text-base font-semibold text-slate-900">
            Against competitors
          </h2>
          <p className="text-sm text-slate-600">
            Your position (solid) and each competitor’s (dashed) for one keyword.
          </p>
        </div>
        <div className="flex flex-wrap gap-3 text-sm">
          <label className="flex items-center gap-2">
            Keyword
            <select
              value={keywordId}
              onChange={(e) => setPicked(e.target.value)}
              className="h-8 max-w-48 rounded-md border border-slate-300 bg-white px-2"
            >
              {keywords.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.keyword}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
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
      </div>
      {history.isPending ? (
        <p className="h-80 text-sm text-slate-500">Loading history…</p>
      ) : history.isError ? (
        <Alert tone="error">Could not load the history: {history.error.message}</Alert>
      ) : !data || data.points.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">No check in this period yet.</p>
      ) : (
        <figure
          role="img"
          aria-label={`${positionLabel} of ${series.map((s) => s.name).join(", ")} for “${data.keyword.keyword}”`}
          data-testid="competitor-chart"
        >
          <WhenVisible placeholder={<div className="h-80" />}>
            <PositionHistoryChart
              points={data.points}
              series={series}
              axisLabel={positionLabel}
              marks={marks.marksFor(data.points)}
            />
          </WhenVisible>
        </figure>
      )}
      <ChartEventList
        events={marks.events}
        isError={marks.isError}
        label={`Events for “${keywords.find((k) => k.id === keywordId)?.keyword ?? ""}”`}
      />
    </section>
  );
}
