/** "+12 / −7" in green and red; a dash for a first snapshot (nothing to compare with). */
export function ChangeCount({ gained, lost }: { gained: number | null; lost: number | null }) {
  if (gained === null || lost === null) {
    return (
      <span className="text-slate-500" title="First snapshot: nothing to compare with">
        —
      </span>
    );
  }
  return (
    <span className="font-medium">
      <span className="text-emerald-700">+{gained.toLocaleString("en-US")}</span>
      <span className="text-slate-400"> / </span>
      <span className="text-red-700">−{lost.toLocaleString("en-US")}</span>
    </span>
  );
}
