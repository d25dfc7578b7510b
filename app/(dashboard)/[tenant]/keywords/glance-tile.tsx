"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import type { SparkSeries } from "@/components/charts/glance-sparkline";

// Recharts is fetched only when the figures are drawn.
const GlanceSparkline = dynamic(
  () => import("@/components/charts/glance-sparkline").then((m) => m.GlanceSparkline),
  { ssr: false, loading: () => <div className="h-9" /> },
);

interface Props {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  series: SparkSeries[];
  /** What the line shows, for screen readers ("Visibility over 30 checks: 12% to 18%"). */
  trend: string;
  reversed?: boolean;
  testId: string;
}

/** One figure: its value now, a line under it, and its trend over the checks. */
export function GlanceTile({ label, value, detail, series, trend, reversed, testId }: Props) {
  return (
    <div className="min-w-0 rounded-md border border-slate-200 p-3" data-testid={testId}>
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="mt-1">
        <span className="text-xl font-semibold text-slate-900" data-testid={`${testId}-value`}>
          {value}
        </span>
        {detail ? <span className="block text-xs text-slate-500">{detail}</span> : null}
        <figure role="img" aria-label={trend} className="mt-1">
          <GlanceSparkline series={series} reversed={reversed} />
        </figure>
      </dd>
    </div>
  );
}
