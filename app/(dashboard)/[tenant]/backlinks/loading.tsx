import { ResultsSkeleton } from "./skeletons";

// Shown while the page renders on a client navigation: the header, the search box, then the
// results' skeleton. Small on purpose (see skeletons.tsx).
export default function Loading() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading backlinks" className="space-y-6">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-10 max-w-2xl animate-pulse rounded bg-slate-200" />
      <ResultsSkeleton />
    </div>
  );
}
