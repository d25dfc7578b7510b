import type { PositionsView } from "@/lib/queries/keywords";

/**
 * Says what the positions are and where they come from: SE Ranking's rank tracker (daily), or
 * SE Ranking's monthly keyword database with the month of its data and why it is not tracked.
 */
export function PositionsCaption({ positions }: { positions: PositionsView }) {
  if (positions.tracker === "project_api") {
    return (
      <p className="text-sm text-slate-600" data-testid="positions-source">
        Tracked daily by SE Ranking&apos;s rank tracker, with the ranking page of each check.
      </p>
    );
  }
  if (positions.kind !== "database_monthly") return null;
  return (
    <div className="text-sm text-slate-600" data-testid="positions-source">
      <p>
        {positions.label}
        {positions.dataDate ? `, data of ${positions.dataDate}` : ""}. SE Ranking&apos;s keyword
        database is refreshed about once a month: these are not daily tracked positions.
      </p>
      {positions.note ? <p className="text-xs text-slate-500">{positions.note}</p> : null}
    </div>
  );
}
