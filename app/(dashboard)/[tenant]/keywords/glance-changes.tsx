"use client";

import type { GlancePoint } from "@/lib/queries/keyword-glance";
import { GlanceTile } from "./glance-tile";

const PERIODS = [
  ["previous", "Since the previous check"],
  ["week", "Since 7 days"],
  ["month", "Since 30 days"],
] as const;

/** Improved / declined / unchanged for each period, with both lines over the checks. */
export function GlanceChanges({ latest, points }: { latest: GlancePoint; points: GlancePoint[] }) {
  return (
    <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
      {PERIODS.map(([key, label]) => {
        const c = latest[key];
        const improved = points.map((p) => p[key].improved);
        const declined = points.map((p) => p[key].declined);
        return (
          <GlanceTile
            key={key}
            testId={`glance-${key}`}
            label={label}
            value={
              <span className="flex flex-wrap gap-x-3 text-base">
                <span className="text-emerald-700">▲ {c.improved} improved</span>
                <span className="text-red-700">▼ {c.declined} declined</span>
                <span className="text-slate-600">= {c.unchanged} unchanged</span>
              </span>
            }
            detail={
              c.notCompared ? `${c.notCompared} not compared (failed or no earlier check)` : null
            }
            series={[
              { name: "Improved", values: improved, color: "#047857" },
              { name: "Declined", values: declined, color: "#b91c1c" },
            ]}
            trend={`${label}, over ${points.length} checks: improved ${improved[0]} to ${improved.at(-1)}, declined ${declined[0]} to ${declined.at(-1)}`}
          />
        );
      })}
    </dl>
  );
}
