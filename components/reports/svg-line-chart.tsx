// A small line chart drawn on the server as plain SVG: no script, so it shows on the shared page,
// in print and in the PDF alike (the dashboard's Recharts charts need the browser to draw).
interface Series {
  label: string;
  values: (number | null)[];
  color: string;
}

const W = 640;
const H = 180;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

export function SvgLineChart({
  title,
  labels,
  series,
  invert = false,
}: {
  title: string;
  /** One per point: the x axis (first and last are written). */
  labels: string[];
  series: Series[];
  /** Positions: 1 is best, so it goes on top. */
  invert?: boolean;
}) {
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  if (all.length === 0) {
    return (
      <p className="text-sm text-slate-500">No data yet for a chart of {title.toLowerCase()}.</p>
    );
  }
  const min = Math.min(...all, invert ? 1 : 0);
  const max = Math.max(...all, min + 1);
  // One point (a first snapshot or check) sits in the middle, drawn as a dot.
  const x = (i: number) =>
    labels.length < 2
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + (i * (W - PAD.left - PAD.right)) / (labels.length - 1);
  const y = (v: number) => {
    const t = (v - min) / (max - min);
    return PAD.top + (invert ? t : 1 - t) * (H - PAD.top - PAD.bottom);
  };
  const path = (values: (number | null)[]) =>
    values
      .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter(Boolean)
      .join(" ");
  return (
    <figure className="break-inside-avoid">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="h-auto w-full">
        <title>{title}</title>
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
          stroke="#cbd5e1"
        />
        <text
          x={PAD.left - 6}
          y={y(invert ? min : max) + 4}
          textAnchor="end"
          fontSize="11"
          fill="#475569"
        >
          {Math.round(invert ? min : max)}
        </text>
        <text
          x={PAD.left - 6}
          y={y(invert ? max : min) + 4}
          textAnchor="end"
          fontSize="11"
          fill="#475569"
        >
          {Math.round(invert ? max : min)}
        </text>
        <text x={PAD.left} y={H - 8} fontSize="11" fill="#475569">
          {labels[0]}
        </text>
        {labels.length > 1 ? (
          <text x={W - PAD.right} y={H - 8} textAnchor="end" fontSize="11" fill="#475569">
            {labels.at(-1)}
          </text>
        ) : null}
        {series.map((s) => (
          <polyline
            key={s.label}
            points={path(s.values)}
            fill="none"
            stroke={s.color}
            strokeWidth="2"
          />
        ))}
        {series.flatMap((s) =>
          s.values.map((v, i) =>
            v === null ? null : (
              // biome-ignore lint/suspicious/noArrayIndexKey: one dot per point, in order
              <circle key={`${s.label}-${i}`} cx={x(i)} cy={y(v)} r="3" fill={s.color} />
            ),
          ),
        )}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-3 text-xs text-slate-600">
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1">
            <span
              aria-hidden
              className="inline-block h-2 w-3 rounded"
              style={{ background: s.color }}
            />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
