import { SummarySkeleton, TableSkeleton } from "./skeletons";

export default function Loading() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading backlinks" className="space-y-6">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-10 max-w-xl animate-pulse rounded bg-slate-200" />
      <SummarySkeleton />
      <TableSkeleton />
    </div>
  );
}
