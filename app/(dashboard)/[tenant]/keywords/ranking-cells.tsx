import type { KeywordRow, PositionChange } from "@/lib/queries/keywords";

/** A position as people read it: a failed check and "not in the top 100" are never shown as 0. */
export function PositionCell({
  row,
}: {
  row: Pick<KeywordRow, "status" | "position" | "error" | "lastKnown">;
}) {
  if (row.status === "never") return <span className="text-slate-400">Not checked yet</span>;
  if (row.status === "failed") {
    const failed = (
      <span className="text-red-700" title={row.error ?? undefined}>
        Check failed
      </span>
    );
    if (!row.lastKnown) return failed;
    // The last good check's answer, greyed and labelled: never passed off as today's.
    const known = row.lastKnown.position ?? "Not in top 100";
    return (
      <span className="flex flex-col">
        <span className="tabular-nums text-slate-400" title="Last known position">
          <span className="sr-only">Last known: </span>
          {known}
        </span>
        <span className="text-xs">{failed}</span>
      </span>
    );
  }
  if (row.position === null) return <span className="text-slate-500">Not in top 100</span>;
  return <span className="font-semibold tabular-nums">{row.position}</span>;
}

/** The arrow for the eye, words for screen readers. */
function Marked({ className, mark, says }: { className: string; mark: string; says: string }) {
  return (
    <span className={className}>
      <span aria-hidden>{mark}</span>
      <span className="sr-only">{says}</span>
    </span>
  );
}

/** A last known value (the latest check failed): greyed, with words for screen readers. */
export function LastKnown({ children }: { children: React.ReactNode }) {
  return (
    <span
      className="text-slate-400 [&_*]:text-slate-400!"
      title="Last known (the latest check failed)"
    >
      <span className="sr-only">Last known: </span>
      {children}
    </span>
  );
}

export function ChangeCell({ change }: { change: PositionChange }) {
  if (change === null) return <Marked className="text-slate-400" mark="–" says="no comparison" />;
  if (change === "entered") {
    return <Marked className="text-emerald-700" mark="▲ new" says="entered the top 100" />;
  }
  if (change === "dropped") {
    return <Marked className="text-red-700" mark="▼ out" says="dropped out of the top 100" />;
  }
  if (change === 0) return <Marked className="text-slate-500" mark="=" says="unchanged" />;
  const up = change > 0;
  const n = Math.abs(change);
  return (
    <Marked
      className={up ? "tabular-nums text-emerald-700" : "tabular-nums text-red-700"}
      mark={`${up ? "▲" : "▼"} ${n}`}
      says={`${up ? "up" : "down"} ${n} place${n === 1 ? "" : "s"}`}
    />
  );
}

/** Sort key of a change: entering the top 100 beats any gain, dropping out is the worst. */
export function changeSortValue(change: PositionChange): number | undefined {
  if (change === null) return undefined;
  if (change === "entered") return 1000;
  if (change === "dropped") return -1000;
  return change;
}

export const BUCKETS = {
  top3: { label: "Top 3", test: (p: number | null) => p !== null && p <= 3 },
  top10: { label: "Top 10", test: (p: number | null) => p !== null && p <= 10 },
  top100: { label: "Top 100", test: (p: number | null) => p !== null },
  unranked: { label: "Not ranked", test: (p: number | null) => p === null },
} as const;
export type Bucket = keyof typeof BUCKETS;
