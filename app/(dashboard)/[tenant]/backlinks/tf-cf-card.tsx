"use client";

import { Info } from "lucide-react";
import { Tooltip } from "radix-ui";
import { formatRatio } from "@/lib/backlinks/tf-cf-verdict";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { BacklinksSummaryResult, MetricLabels } from "@/lib/seranking/types";
import { cn } from "@/lib/utils";
import { VerdictRule } from "./verdict-rule";

const TONES = {
  good: "bg-emerald-100 text-emerald-900",
  spammy: "bg-red-100 text-red-900",
  none: "bg-slate-100 text-slate-700",
};

/**
 * The verdict that fits the dialect's metrics, with the rule behind it in a tooltip: the spec's
 * TF/CF ratio for provider-v3, the DT + link-density rule for data-v1 (it has no TF/CF).
 */
export function TfCfCard({
  summary,
  labels,
}: {
  summary: BacklinksSummaryResult;
  labels: MetricLabels;
}) {
  const strategy = metricStrategyFor(labels);
  const verdict = strategy.summaryVerdict(summary);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="flex items-center gap-1 text-xs font-medium uppercase tracking-wide text-slate-500">
        {strategy.ratioLabel.card}
        <Tooltip.Provider delayDuration={150}>
          <Tooltip.Root>
            <Tooltip.Trigger asChild>
              <button
                type="button"
                aria-label="How the ratio is judged"
                className="rounded-full text-slate-500 hover:text-slate-800"
              >
                <Info aria-hidden className="size-4" />
              </button>
            </Tooltip.Trigger>
            <Tooltip.Portal>
              <Tooltip.Content
                side="top"
                sideOffset={6}
                className="z-50 max-w-xs rounded-md bg-slate-900 px-3 py-2 text-xs normal-case leading-relaxed text-white shadow-lg"
              >
                {verdict.explanation}
                <Tooltip.Arrow className="fill-slate-900" />
              </Tooltip.Content>
            </Tooltip.Portal>
          </Tooltip.Root>
        </Tooltip.Provider>
      </dt>
      <dd className="mt-2 flex items-center gap-2">
        <span className="text-2xl font-semibold text-slate-900" data-testid="summary-ratio">
          {formatRatio(verdict.ratio)}
        </span>
        <span
          data-testid="tf-cf-verdict"
          className={cn("rounded-full px-2 py-0.5 text-xs font-medium", TONES[verdict.tone])}
        >
          {verdict.label}
        </span>
      </dd>
      {strategy.summaryShowsRule ? <VerdictRule labels={labels} /> : null}
    </div>
  );
}
