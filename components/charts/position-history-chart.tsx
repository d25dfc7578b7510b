"use client";

// Recharts lives only here, and this file is loaded with next/dynamic by the pages that draw it.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useDates } from "@/components/format/date-format";
import { type ChartMark, MARK_STYLE } from "@/lib/keywords/chart-marks";

export interface PositionSeries {
  key: string;
  name: string;
  /** Drawn dashed (a competitor's line beside the tracked domain's). */
  dashed?: boolean;
}

interface Props {
  points: ({ checkedAt: string } & Record<string, number | null | string>)[];
  series: PositionSeries[];
  /** "Position", or "SE Ranking database position (monthly)" for Data API positions. */
  axisLabel?: string;
  /** Events drawn as vertical lines at their check (listed in words below the chart). */
  marks?: ChartMark[];
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

const NICE_STEPS = [1, 2, 5, 10, 20, 25, 50];

/**
 * Round ticks (multiples of 1, 2, 5, 10, 20, 25 or 50) covering the domain: the axis is widened to
 * the nearest round values, and position 1 stands in for 0 at the top.
 */
export function positionTicks([low, high]: [number, number]): number[] {
  const step = NICE_STEPS.find((s) => (high - low) / s <= 5) ?? 50;
  const first = Math.floor(low / step) * step;
  const last = Math.min(100, Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let t = first; t <= last; t += step) ticks.push(Math.max(1, t));
  return [...new Set(ticks)];
}

/** Dates on the axis; with times too when several checks fall on one day. */
function tickFormat(points: { checkedAt: string }[], dates: ReturnType<typeof useDates>) {
  const days = new Set(points.map((p) => p.checkedAt.slice(0, 10)));
  const withTime = days.size < points.length;
  return (iso: string) => dates.short(iso, withTime);
}

/** Position over time: 1 at the top, gaps where the keyword was not ranked or the check failed. */
export function PositionHistoryChart({ points, series, axisLabel = "Position", marks }: Props) {
  const values = points.flatMap((p) =>
    series.map((s) => p[s.key]).filter((v): v is number => typeof v === "number"),
  );
  const dates = useDates();
  const ticks = positionTicks(positionDomain(values));
  const domain: [number, number] = [ticks[0]!, ticks[ticks.length - 1]!];
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart data={points} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis
          dataKey="checkedAt"
          tickFormatter={tickFormat(points, dates)}
          minTickGap={24}
          fontSize={12}
        />
        <YAxis
          reversed
          domain={domain}
          ticks={ticks}
          interval={0}
          allowDecimals={false}
          width={40}
          fontSize={12}
          label={{ value: axisLabel, angle: -90, position: "insideLeft", fontSize: 12 }}
        />
        <Tooltip
          labelFormatter={(label) => dates.dateTime(String(label))}
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
            strokeDasharray={s.dashed ? "5 4" : undefined}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        {marks?.map((m) => (
          <ReferenceLine
            key={`${m.x}|${m.kind}`}
            x={m.x}
            stroke={MARK_STYLE[m.kind].color}
            strokeDasharray="2 3"
            label={{ value: MARK_STYLE[m.kind].symbol, position: "insideTop", fontSize: 12 }}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
