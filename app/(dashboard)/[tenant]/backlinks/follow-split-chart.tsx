"use client";

import { Cell, Pie, PieChart } from "recharts";

const COLORS = { dofollow: "#1f57c9", nofollow: "#cbd5e1" };

/** A small donut of dofollow vs nofollow links; decorative: the numbers beside it say it all. */
export default function FollowSplitChart({
  dofollow,
  nofollow,
}: {
  dofollow: number;
  nofollow: number;
}) {
  const data = [
    { name: "Dofollow", value: dofollow, fill: COLORS.dofollow },
    { name: "Nofollow", value: nofollow, fill: COLORS.nofollow },
  ];
  return (
    <span aria-hidden className="shrink-0">
      {/* Hidden from assistive tech, so out of the tab order too (axe: aria-hidden-focus). */}
      <PieChart width={64} height={64} accessibilityLayer={false} tabIndex={-1}>
        <Pie
          data={data}
          dataKey="value"
          nameKey="name"
          innerRadius={18}
          outerRadius={30}
          startAngle={90}
          endAngle={-270}
          isAnimationActive={false}
          stroke="none"
          rootTabIndex={-1}
        >
          {data.map((d) => (
            <Cell key={d.name} fill={d.fill} />
          ))}
        </Pie>
      </PieChart>
    </span>
  );
}
