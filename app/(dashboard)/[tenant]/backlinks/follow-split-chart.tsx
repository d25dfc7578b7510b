const COLORS = { dofollow: "#1f57c9", nofollow: "#cbd5e1" };
const RADIUS = 24;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * A small donut of dofollow vs nofollow links; decorative: the numbers beside it say it all.
 * Two SVG circles, not Recharts: a two-slice ring does not justify ~100 KB gzip of chart library
 * parsed and run on the main thread while the page is still loading (Lighthouse's blocking time).
 */
export function FollowSplitChart({ dofollow, nofollow }: { dofollow: number; nofollow: number }) {
  const total = dofollow + nofollow;
  const share = total > 0 ? dofollow / total : 0;
  return (
    <svg
      aria-hidden
      focusable="false"
      width={64}
      height={64}
      viewBox="0 0 64 64"
      className="shrink-0"
      data-testid="follow-split-chart"
    >
      <circle cx={32} cy={32} r={RADIUS} fill="none" stroke={COLORS.nofollow} strokeWidth={12} />
      {/* Dofollow's arc starts at 12 o'clock and runs clockwise, as the nofollow rest does. */}
      <circle
        cx={32}
        cy={32}
        r={RADIUS}
        fill="none"
        stroke={COLORS.dofollow}
        strokeWidth={12}
        strokeDasharray={`${share * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
        transform="rotate(-90 32 32)"
      />
    </svg>
  );
}
