"use client";

// Recharts lives only here, and this file is loaded with next/dynamic by the pages that draw it.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export interface PositionSeries {
  key: string;
  name: string;
}

interface Props {
  points: ({ checkedAt: string } & Record<string, number | null | string>)[];
  series: PositionSeries[];
}

const COLORS = [
  "#2563eb",
  "#dc2626",
  "#059669",
  "#d97706",
  "#7c3aed",
  "#0891b2",
  "#db2777",
  "#4b5563",
  "#65a30d",
  "#9333ea",
];

/** The axis hugs the data (a keyword moving 40→35 is visible), with a little room around it. */
export function positionDomain(values: number[]): [number, number] {
  if (values.length === 0) return [1, 100];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max(1, Math.round((max - min) * 0.1));
  return [Math.max(1, min - pad), Math.min(100, max + pad)];
}

const day = (iso: string) =>
  new Date(iso).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** Position over time: 1 at the top, gaps where the keyword was not ranked or the check failed. */
export function PositionHistoryChart({ points, series }: Props) {
  const values = points.flatMap((p) =>
    series.map((s) => p[s.key]).filter((v): v is number => typeof v === "number"),
  );
  const domain = positionDomain(values);
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={points} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="checkedAt" tickFormatter={day} minTickGap={24} fontSize={12} />
        <YAxis
          reversed
          domain={domain}
          allowDecimals={false}
          width={40}
          fontSize={12}
          label={{ value: "Position", angle: -90, position: "insideLeft", fontSize: 12 }}
        />
        <Tooltip
          labelFormatter={(label) => new Date(String(label)).toLocaleString()}
          formatter={(value) => (typeof value === "number" ? value : "Not in top 100")}
        />
        <Legend />
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={COLORS[i % COLORS.length]}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
