"use client";

import dynamic from "next/dynamic";
import { EmptyState } from "@/components/ui/empty-state";
import type { UsageView } from "@/lib/services/budgets/usage-view";

// Recharts loads only on this page, after the figures around it.
const UsageChart = dynamic(() => import("@/components/charts/usage-chart"), {
  ssr: false,
  loading: () => <p className="h-72 text-sm text-slate-500">Loading the chart…</p>,
});

export function UsageChartPanel({
  byMonth,
  featureLabels,
}: Pick<UsageView, "byMonth" | "featureLabels">) {
  if (byMonth.every((m) => m.credits === 0)) {
    return <EmptyState title="No credits spent in the last six months." />;
  }
  return (
    <>
      <UsageChart byMonth={byMonth} featureLabels={featureLabels} />
      {/* The same figures as text, for screen readers and narrow screens. */}
      <ul className="sr-only">
        {byMonth.map((m) => (
          <li key={m.month}>
            {m.month}: {m.credits} credits
          </li>
        ))}
      </ul>
    </>
  );
}
