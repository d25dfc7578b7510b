/**
 * "+12 / −7" in green and red; a dash for a first snapshot (nothing to compare with); "at least"
 * when the snapshot is incomplete (SE Ranking's history reply was cut at its limit).
 */
export function ChangeCount({
  gained,
  lost,
  atLeast = false,
}: {
  gained: number | null;
  lost: number | null;
  atLeast?: boolean;
}) {
  if (gained === null || lost === null) {
    return (
      <span className="text-slate-500" title="First snapshot: nothing to compare with">
        —
      </span>
    );
  }
  return (
    <span className="font-medium">
      {atLeast ? <span className="font-normal text-slate-600">at least </span> : null}
      <span className="text-emerald-700">+{gained.toLocaleString("en-US")}</span>
      <span className="text-slate-400"> / </span>
      <span className="text-red-700">−{lost.toLocaleString("en-US")}</span>
    </span>
  );
}
