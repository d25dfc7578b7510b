"use client";

// Credits per month, stacked by feature. Loaded through next/dynamic only.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { UsageView } from "@/lib/services/budgets/usage-view";

const COLORS = ["#1f57c9", "#0f766e", "#b45309", "#7c3aed", "#be123c", "#475569", "#0369a1"];

export default function UsageChart({
  byMonth,
  featureLabels,
}: Pick<UsageView, "byMonth" | "featureLabels">) {
  const data = byMonth.map((m) => ({ month: m.month, ...m.features }));
  return (
    <div data-testid="usage-chart">
      <ResponsiveContainer width="100%" height={288}>
        <BarChart data={data} margin={{ top: 10, right: 10, bottom: 10, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend verticalAlign="top" height={30} />
          {featureLabels.map((label, i) => (
            <Bar
              key={label}
              dataKey={label}
              stackId="credits"
              name={label}
              fill={COLORS[i % COLORS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
