"use client";

// TF and CF side by side for the selected prospects. Loaded through next/dynamic only.
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

export interface BarDatum {
  domain: string;
  primary: number;
  secondary: number;
}

interface Props {
  data: BarDatum[];
  labels: { trust: string; citation: string };
}

export default function TfCfBars({ data, labels }: Props) {
  return (
    <ResponsiveContainer width="100%" height={360}>
      <BarChart data={data} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="domain"
          interval={0}
          angle={-35}
          textAnchor="end"
          height={80}
          tick={{ fontSize: 12 }}
        />
        <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} />
        <Tooltip />
        <Legend verticalAlign="top" height={30} itemSorter={null} />
        <Bar dataKey="primary" name={labels.trust} fill="#1f57c9" isAnimationActive={false} />
        <Bar dataKey="secondary" name={labels.citation} fill="#94a3b8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
