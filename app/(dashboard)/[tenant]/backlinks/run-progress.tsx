import type { JobProgress } from "@/lib/jobs/progress";

// Stand-in for the one progress component of lib/jobs (components/jobs/job-progress.tsx) until
// that lands: draws JobProgress, "at least N" while the total is unknown.
export function RunProgress({ progress, label }: { progress: JobProgress; label: string }) {
  const n = (value: number) => value.toLocaleString("en-US");
  const known = progress.total !== null && progress.total > 0;
  const percent = known ? Math.round((progress.done / progress.total!) * 100) : undefined;
  const text =
    progress.status === "queued"
      ? "Waiting to start"
      : known
        ? `${n(progress.done)} of ${n(progress.total!)} ${progress.unit}`
        : `At least ${n(progress.done)} ${progress.unit} so far`;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? progress.total! : undefined}
        aria-valuenow={known ? progress.done : undefined}
        aria-valuetext={text}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={
            percent === undefined
              ? "h-full w-1/3 animate-pulse bg-brand-600"
              : "h-full bg-brand-600"
          }
          style={percent === undefined ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p aria-live="polite" className="text-xs text-slate-600" data-testid="export-progress">
        {text}
      </p>
    </div>
  );
}
