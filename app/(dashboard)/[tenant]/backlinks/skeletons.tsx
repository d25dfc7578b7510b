// Placeholders shaped like what they stand for, so the page does not jump when data lands.

export function SummarySkeleton() {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Loading the summary"
      className="grid animate-pulse gap-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {Array.from({ length: 8 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders never reorder
        <div key={i} className="h-24 rounded-lg border border-slate-200 bg-white p-4">
          <div className="h-3 w-24 rounded bg-slate-200" />
          <div className="mt-4 h-6 w-16 rounded bg-slate-200" />
        </div>
      ))}
    </div>
  );
}

export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Loading backlinks"
      className="animate-pulse space-y-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders never reorder
        <div key={i} className="h-6 rounded bg-slate-100" />
      ))}
    </div>
  );
}
