"use client";

// Trust Flow against Citation Flow for a whole list. Recharts is heavy: this module is only
// loaded through next/dynamic by the prospects page.
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { VERDICT_COLORS, type VerdictColorKey } from "./verdict-colors";

/** primary = TF or DT (y axis), secondary = CF or PT (x axis), as `labels` name them. */
export interface ScatterPoint {
  domain: string;
  primary: number;
  secondary: number;
  verdict: VerdictColorKey;
  selected: boolean;
}

interface Props {
  points: ScatterPoint[];
  labels: { trust: string; citation: string; trustShort: string; citationShort: string };
  /** The TF/CF spam region and 0.5 ratio line; absent for DT/PT data, where they mean nothing. */
  spam?: { minCitationFlow: number; maxRatio: number };
  onToggle: (domain: string) => void;
}

const SERIES: { key: VerdictColorKey; name: string }[] = [
  { key: "pass", name: "Pass" },
  { key: "review", name: "Review" },
  { key: "reject", name: "Reject" },
];

/** The spam rule's region: CF ≥ threshold and TF < ratio × CF (a trapezoid, not a rectangle). */
function SpamZone({ minCitationFlow, maxRatio }: NonNullable<Props["spam"]>) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const corners: [number, number][] = [
    [minCitationFlow, 0],
    [100, 0],
    [100, Math.min(100, maxRatio * 100)],
    [minCitationFlow, maxRatio * minCitationFlow],
  ];
  const points = corners.map(([cf, tf]) => `${x(cf)},${y(tf)}`).join(" ");
  return (
    <g>
      <polygon points={points} fill="#fecaca" fillOpacity={0.45} stroke="#f87171" />
      <text x={(x(100) ?? 0) - 6} y={(y(0) ?? 0) - 8} textAnchor="end" fontSize={12} fill="#991b1b">
        Spam zone
      </text>
    </g>
  );
}

function Dot(props: { cx?: number; cy?: number; payload?: ScatterPoint }) {
  const { cx = 0, cy = 0, payload } = props;
  if (!payload) return null;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={payload.selected ? 6 : 4}
      fill={VERDICT_COLORS[payload.verdict]}
      fillOpacity={0.8}
      stroke={payload.selected ? "#0f172a" : "white"}
      strokeWidth={payload.selected ? 2 : 1}
      style={{ cursor: "pointer" }}
    />
  );
}

function PointTooltip({
  active,
  payload,
  labels,
}: {
  active?: boolean;
  payload?: unknown[];
  labels: Props["labels"];
}) {
  const point = (payload?.[0] as { payload?: ScatterPoint } | undefined)?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow">
      <p className="font-semibold text-slate-900">{point.domain}</p>
      <p>
        {labels.trustShort} {point.primary} · {labels.citationShort} {point.secondary} ·{" "}
        {point.verdict}
      </p>
      <p className="text-slate-500">Click to {point.selected ? "unselect" : "select"}</p>
    </div>
  );
}

export default function TfCfScatter({ points, labels, spam, onToggle }: Props) {
  return (
    <ResponsiveContainer width="100%" height={380}>
      <ScatterChart margin={{ top: 10, right: 20, bottom: 30, left: 10 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="secondary"
          name={labels.citation}
          domain={[0, 100]}
          ticks={[0, 20, 40, 60, 80, 100]}
          label={{ value: labels.citation, position: "insideBottom", offset: -15 }}
        />
        <YAxis
          type="number"
          dataKey="primary"
          name={labels.trust}
          domain={[0, 100]}
          ticks={[0, 20, 40, 60, 80, 100]}
          label={{ value: labels.trust, angle: -90, position: "insideLeft", offset: 10 }}
        />
        {spam ? <SpamZone {...spam} /> : null}
        {spam ? (
          <ReferenceLine
            segment={[
              { x: 0, y: 0 },
              { x: 100, y: 50 },
            ]}
            stroke="#334155"
            strokeDasharray="6 4"
            label={{ value: "TF/CF = 0.5", position: "insideTopRight", fontSize: 12 }}
            ifOverflow="hidden"
          />
        ) : null}
        <Tooltip content={<PointTooltip labels={labels} />} cursor={{ strokeDasharray: "3 3" }} />
        {SERIES.map((s) => (
          <Scatter
            key={s.key}
            name={s.name}
            data={points.filter((p) => p.verdict === s.key)}
            fill={VERDICT_COLORS[s.key]}
            shape={<Dot />}
            isAnimationActive={false}
            onClick={(data) => {
              const domain = (data as { payload?: ScatterPoint }).payload?.domain;
              if (domain) onToggle(domain);
            }}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
