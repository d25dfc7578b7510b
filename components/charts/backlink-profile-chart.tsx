"use client";

// Recharts lives only here, and this file is loaded with next/dynamic by the page that draws it.
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useDates } from "@/components/format/date-format";

export interface ProfilePoint {
  takenAt: string;
  total: number | null;
  gained: number | null;
  /** Drawn below zero: lost is a fall. */
  lost: number | null;
}

interface Props {
  points: ProfilePoint[];
  /** "Referring domains" or "Backlinks": the line's name and the axis label. */
  label: string;
}

/** A count over time (line, right axis) with each snapshot's new and lost as bars (left axis). */
export function BacklinkProfileChart({ points, label }: Props) {
  const dates = useDates();
  const withTime = new Set(points.map((p) => p.takenAt.slice(0, 10))).size < points.length;
  const data = points.map((p) => ({ ...p, lost: p.lost === null ? null : -p.lost }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis
          dataKey="takenAt"
          tickFormatter={(iso: string) => dates.short(iso, withTime)}
          minTickGap={24}
          fontSize={12}
        />
        <YAxis yAxisId="change" width={40} fontSize={12} allowDecimals={false} />
        <YAxis
          yAxisId="total"
          orientation="right"
          width={48}
          fontSize={12}
          allowDecimals={false}
          domain={["auto", "auto"]}
        />
        <Tooltip
          labelFormatter={(value) => dates.dateTime(String(value))}
          formatter={(value, name) => [
            typeof value === "number" ? Math.abs(value).toLocaleString("en-US") : "—",
            name,
          ]}
        />
        <Legend />
        <Bar
          yAxisId="change"
          dataKey="gained"
          name="New"
          fill="#059669"
          isAnimationActive={false}
        />
        <Bar yAxisId="change" dataKey="lost" name="Lost" fill="#dc2626" isAnimationActive={false} />
        <Line
          yAxisId="total"
          type="monotone"
          dataKey="total"
          name={label}
          stroke="#2563eb"
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
