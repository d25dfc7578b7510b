import type { ExportProgress } from "@/lib/backlinks/export-all";

/** A native-looking progress bar whose count is also announced to screen readers. */
export function ExportProgressBar({ progress }: { progress: ExportProgress }) {
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const text = `Fetched ${progress.done.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} rows`;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label="Export progress"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={text}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p aria-live="polite" className="text-xs text-slate-600" data-testid="export-progress">
        {text} ({percent}%)
      </p>
    </div>
  );
}
