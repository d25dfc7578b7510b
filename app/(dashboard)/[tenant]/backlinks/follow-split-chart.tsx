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
      <PieChart width={64} height={64}>
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
        >
          {data.map((d) => (
            <Cell key={d.name} fill={d.fill} />
          ))}
        </Pie>
      </PieChart>
    </span>
  );
}
