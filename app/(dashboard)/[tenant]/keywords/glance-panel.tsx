"use client";

import { useQuery } from "@tanstack/react-query";
import { When } from "@/components/format/date-format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type GlancePoint, glanceQuery, type TagGlance } from "@/lib/queries/keyword-glance";
import { VISIBILITY_HELP } from "@/lib/services/keywords/glance/ctr-curve";
import { GlanceChanges } from "./glance-changes";
import { GlanceTagsTable } from "./glance-tags-table";
import { GlanceTile } from "./glance-tile";

const trendOf = (label: string, values: (number | null)[], unit = "") => {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return `${label}: no value yet`;
  return `${label} over ${values.length} check${values.length === 1 ? "" : "s"}: ${known[0]}${unit} to ${known.at(-1)}${unit}`;
};

/** Average position, visibility, top N and changes now, each with its line over the checks. */
export function GlancePanel({ slug, projectId }: { slug: string; projectId: string }) {
  const glance = useQuery(glanceQuery(slug, projectId));

  return (
    <section
      aria-labelledby="glance-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="glance"
    >
      <h2 id="glance-heading" className="text-base font-semibold text-slate-900">
        At a glance
      </h2>
      {glance.isPending ? (
        <p className="mt-2 text-sm text-slate-500">Loading figures…</p>
      ) : glance.isError ? (
        <Alert tone="error" className="mt-2">
          Could not load the figures: {glance.error.message}{" "}
          <Button variant="ghost" size="sm" onClick={() => glance.refetch()}>
            Retry
          </Button>
        </Alert>
      ) : glance.data.latest === null ? (
        <p className="mt-2 text-sm text-slate-600" data-testid="glance-empty">
          No check yet: the figures appear after the first successful check.
        </p>
      ) : (
        <GlanceBody
          latest={glance.data.latest}
          points={glance.data.points}
          total={glance.data.total}
          tags={glance.data.tags}
        />
      )}
    </section>
  );
}

function GlanceBody({
  latest,
  points,
  total,
  tags,
}: {
  latest: GlancePoint;
  points: GlancePoint[];
  total: number;
  tags: TagGlance[];
}) {
  const series = (pick: (p: GlancePoint) => number | null) => points.map(pick);
  const average = series((p) => p.averagePosition);
  const visibility = series((p) => p.visibility);
  const tops = [
    ["Top 3", "top3", latest.top3],
    ["Top 10", "top10", latest.top10],
    ["Top 100", "top100", latest.top100],
  ] as const;
  return (
    <>
      <p className="mt-1 text-sm text-slate-600">
        After the check of <When value={latest.checkedAt} />: {latest.keywords} of {total} keyword
        {total === 1 ? "" : "s"} counted
        {total > latest.keywords ? ` (${total - latest.keywords} without a good check yet)` : ""}
        {latest.lastKnown
          ? `; ${latest.lastKnown} whose latest check failed count with their last good position`
          : ""}
        .
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <GlanceTile
          testId="glance-average"
          label="Average position"
          value={latest.averagePosition ?? "–"}
          detail={`${latest.ranked} in the top 100`}
          series={[{ name: "Average position", values: average }]}
          trend={trendOf("Average position", average)}
          reversed
        />
        <GlanceTile
          testId="glance-visibility"
          label="Visibility"
          value={`${latest.visibility}%`}
          detail="share of possible clicks"
          series={[{ name: "Visibility", values: visibility }]}
          trend={trendOf("Visibility", visibility, "%")}
        />
        {tops.map(([label, key, value]) => (
          <GlanceTile
            key={key}
            testId={`glance-${key}`}
            label={label}
            value={value}
            detail={`of ${latest.keywords} keywords`}
            series={[{ name: label, values: series((p) => p[key]) }]}
            trend={trendOf(
              `Keywords in the ${label.toLowerCase()}`,
              series((p) => p[key]),
            )}
          />
        ))}
      </dl>
      <GlanceChanges latest={latest} points={points} />
      <details className="mt-3 text-sm text-slate-600">
        <summary className="cursor-pointer font-medium text-slate-700">
          How these figures are counted
        </summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            Average position: the mean of the keywords in the top 100; a keyword outside it is not
            averaged in (it counts in the top 100 figure and earns no visibility).
          </li>
          <li>Visibility: {VISIBILITY_HELP}</li>
          <li>Top 3, 10 and 100 are cumulative: the top 10 includes the top 3.</li>
          <li>
            A failed check is not a position: the keyword keeps its last good position and is not
            compared. Keywords without any good check are left out.
          </li>
          <li>
            Changes compare with the previous check, and with the last good check at least 7 and 30
            days before (half a day's grace), as the table does.
          </li>
        </ul>
      </details>
      {tags.length > 1 || tags[0]?.tag ? <GlanceTagsTable tags={tags} /> : null}
    </>
  );
}
