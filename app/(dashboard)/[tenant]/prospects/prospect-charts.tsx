"use client";

import type { RowSelectionState } from "@tanstack/react-table";
import dynamic from "next/dynamic";
import { useMemo } from "react";
import { Card } from "@/components/ui/card";
import { WhenVisible } from "@/components/ui/when-visible";
import type { QualificationRules } from "@/lib/prospects/qualify";
import type { ProspectView } from "@/lib/queries/prospects";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { MetricLabels } from "@/lib/seranking/types";

// Recharts is only downloaded on this page, only once there is something to draw, and only
// when the charts come near the screen (below the fold on a phone).
const chartLoading = () => <div className="h-[360px] animate-pulse rounded-md bg-slate-100" />;
// Not loading yet, only reserving the chart's place until it is scrolled near.
const chartPlace = <div className="h-[360px]" />;
const TfCfScatter = dynamic(() => import("@/components/charts/tf-cf-scatter"), {
  ssr: false,
  loading: chartLoading,
});
const TfCfBars = dynamic(() => import("@/components/charts/tf-cf-bars"), {
  ssr: false,
  loading: chartLoading,
});

/** The grouped bars stay legible up to about this many prospects. */
const MAX_BARS = 20;

interface Props {
  prospects: ProspectView[];
  rules: QualificationRules;
  labels: MetricLabels;
  selection: RowSelectionState;
  onToggle: (domain: string) => void;
}

export function ProspectCharts({ prospects, rules, labels, selection, onToggle }: Props) {
  const points = useMemo(
    () =>
      prospects.flatMap((p) => {
        const { primary, secondary } = metricStrategyFor(labels).pair(p);
        return primary === null || secondary === null || !p.verdict
          ? []
          : [
              {
                domain: p.domain,
                primary,
                secondary,
                verdict: p.verdict,
                selected: Boolean(selection[p.domain]),
              },
            ];
      }),
    [prospects, selection, labels],
  );
  const selected = points.filter((p) => p.selected);
  if (points.length === 0) return null;
  const strategy = metricStrategyFor(labels);

  return (
    <div className="grid gap-6 2xl:grid-cols-2">
      <Card
        title={`${labels.trust} vs ${labels.citation}`}
        description={`${points.length.toLocaleString("en-US")} prospects. ${strategy.scatterNote}`}
      >
        <figure
          data-testid="tf-cf-scatter"
          aria-label={`${labels.trust} against ${labels.citation} scatter`}
          className="[&_*:focus:not(:focus-visible)]:outline-none"
        >
          <WhenVisible placeholder={chartPlace}>
            <TfCfScatter
              points={points}
              labels={labels}
              spam={strategy.spamZone(rules)}
              onToggle={onToggle}
            />
          </WhenVisible>
          <figcaption className="mt-2 flex gap-4 text-xs text-slate-600">
            <Legend color="#047857" label="Pass" />
            <Legend color="#b45309" label="Review" />
            <Legend color="#b91c1c" label="Reject" />
          </figcaption>
        </figure>
      </Card>
      <Card
        title="Selected prospects"
        description={
          selected.length > MAX_BARS
            ? `Comparing the first ${MAX_BARS} of ${selected.length} selected.`
            : `${labels.trust} and ${labels.citation} side by side for up to ${MAX_BARS} selected prospects.`
        }
      >
        {selected.length === 0 ? (
          <p className="py-12 text-center text-sm text-slate-500">
            Select prospects in the chart or the table to compare them here.
          </p>
        ) : (
          <figure
            data-testid="tf-cf-bars"
            aria-label={`${labels.trust} and ${labels.citation} of the selected prospects`}
          >
            <WhenVisible placeholder={chartPlace}>
              <TfCfBars data={selected.slice(0, MAX_BARS)} labels={labels} />
            </WhenVisible>
          </figure>
        )}
      </Card>
    </div>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span className="inline-block size-3 rounded-full" style={{ backgroundColor: color }} />
      {label}
    </span>
  );
}
