"use client";

// A figure's trend over the checks: no axes, just the line. Recharts lives in components/charts
// only, and this file is loaded with next/dynamic.
import { Line, LineChart, ResponsiveContainer, YAxis } from "recharts";

export interface SparkSeries {
  name: string;
  values: (number | null)[];
  color?: string;
}

interface Props {
  series: SparkSeries[];
  /** Positions: lower is better, so the axis is reversed and "up" still means better. */
  reversed?: boolean;
}

export function GlanceSparkline({ series, reversed = false }: Props) {
  const data = (series[0]?.values ?? []).map((_, i) =>
    Object.fromEntries([["i", i], ...series.map((s) => [s.name, s.values[i] ?? null])]),
  );
  return (
    <ResponsiveContainer width="100%" height={36}>
      <LineChart data={data} margin={{ top: 4, right: 2, bottom: 4, left: 2 }}>
        <YAxis hide reversed={reversed} domain={["dataMin", "dataMax"]} />
        {series.map((s) => (
          <Line
            key={s.name}
            type="monotone"
            dataKey={s.name}
            stroke={s.color ?? "#2563eb"}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
