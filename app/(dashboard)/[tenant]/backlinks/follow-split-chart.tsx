"use client";

import { Cell, Pie, PieChart } from "recharts";

const COLORS = { dofollow: "#1f57c9", nofollow: "#cbd5e1" };

/** A small donut of dofollow vs nofollow links; the numbers beside it carry the meaning. */
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
    <figure
      aria-label={`Dofollow ${dofollow}, nofollow ${nofollow}`}
      className="shrink-0"
      role="img"
    >
      <PieChart width={80} height={80}>
        <Pie
          data={data}
          dataKey="value"
          nameKey="name"
          innerRadius={24}
          outerRadius={38}
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
    </figure>
  );
}
