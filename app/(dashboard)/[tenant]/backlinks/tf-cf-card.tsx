"use client";

import { Info } from "lucide-react";
import { Tooltip } from "radix-ui";
import { formatRatio, tfCfVerdict } from "@/lib/backlinks/tf-cf-verdict";
import type { MetricLabels } from "@/lib/seranking/types";
import { cn } from "@/lib/utils";

const TONES = {
  good: "bg-emerald-100 text-emerald-900",
  spammy: "bg-red-100 text-red-900",
  none: "bg-slate-100 text-slate-700",
};

/** The TF/CF ratio and the spec's verdict, with the rule behind it in a tooltip. */
export function TfCfCard({
  trustFlow,
  citationFlow,
  labels,
}: {
  trustFlow: number;
  citationFlow: number;
  labels: MetricLabels;
}) {
  const verdict = tfCfVerdict(trustFlow, citationFlow, labels);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="flex items-center gap-1 text-xs font-medium uppercase tracking-wide text-slate-500">
        {labels.trust} / {labels.citation} ratio
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
    </div>
  );
}
