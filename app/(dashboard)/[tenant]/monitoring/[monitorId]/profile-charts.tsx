"use client";

import dynamic from "next/dynamic";
import { WhenVisible } from "@/components/ui/when-visible";
import type { SnapshotView } from "@/lib/queries/monitoring";

// Recharts (~400 KB) is fetched only when a chart is drawn, once it comes near the screen.
const BacklinkProfileChart = dynamic(
  () => import("@/components/charts/backlink-profile-chart").then((m) => m.BacklinkProfileChart),
  { ssr: false, loading: () => <p className="h-64 text-sm text-slate-500">Loading chart…</p> },
);

/** Referring domains and backlinks over the snapshots, each with its new/lost bars. */
export function ProfileCharts({ snapshots }: { snapshots: SnapshotView[] }) {
  const series = {
    "Referring domains": snapshots.map((s) => ({
      takenAt: s.takenAt,
      total: s.referringDomains,
      gained: s.newRefdomains,
      lost: s.lostRefdomains,
    })),
    Backlinks: snapshots.map((s) => ({
      takenAt: s.takenAt,
      total: s.backlinks,
      gained: s.newBacklinks,
      lost: s.lostBacklinks,
    })),
  };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {Object.entries(series).map(([label, points]) => (
        <section
          key={label}
          aria-label={`${label} over time`}
          className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 className="mb-2 text-base font-semibold text-slate-900">{label} over time</h2>
          <figure
            role="img"
            aria-label={`${label} at each of ${points.length} snapshots, with new and lost`}
            data-testid={`chart-${label.toLowerCase().replace(/ /g, "-")}`}
          >
            <WhenVisible placeholder={<div className="h-64" />}>
              <BacklinkProfileChart points={points} label={label} />
            </WhenVisible>
          </figure>
        </section>
      ))}
    </div>
  );
}
