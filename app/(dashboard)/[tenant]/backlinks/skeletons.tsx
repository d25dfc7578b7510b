import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { MetricLabels } from "@/lib/seranking/types";
import { VerdictRule } from "./verdict-rule";

// Placeholders exactly as tall as what they stand for, so nothing moves when the data replaces
// them (Lighthouse measured a layout shift of up to 0.17 here when they were approximate).
// Kept to a few elements on purpose: this markup is in the page's first HTML, and React streams
// a page whose first HTML grows past ~12.8 KB in a second pass, revealed up to 300 ms later
// (a later LCP).

const box = "rounded-lg border border-slate-200 bg-white shadow-sm";

/**
 * SummaryCards' grid: stat cards of 90px (1px border, p-4, 16px label, mt-2, 32px value), the
 * dofollow card 122px (its 64px donut). data-v1's ratio card also carries its rule text: the same
 * text is laid out, invisibly.
 */
export function CardsSkeleton({ labels }: { labels?: MetricLabels }) {
  return (
    <div className="grid animate-pulse gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {Array.from({ length: 6 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders never reorder
        <div key={i} className={`h-[90px] ${box}`} />
      ))}
      {labels && metricStrategyFor(labels).summaryShowsRule ? (
        <div className={`p-4 ${box}`}>
          <div className="h-14" />
          <VerdictRule labels={labels} hidden />
        </div>
      ) : (
        <div className={`h-[90px] ${box}`} />
      )}
      <div className={`h-[122px] ${box}`} />
    </div>
  );
}

/** The summary section: the domain heading's 28px row, then the cards. */
export function SummarySkeleton({ labels }: { labels?: MetricLabels }) {
  return (
    <div className="space-y-3">
      <div className="h-7 w-48 rounded bg-slate-200" />
      <CardsSkeleton labels={labels} />
    </div>
  );
}

/** The export panel: its h-8 buttons, then 8px above its (empty) live region; 40px in all. */
export function ExportRowSkeleton() {
  return <div className="h-10 w-96 max-w-full rounded bg-slate-200 bg-clip-content pb-2" />;
}

/** The table: a 33px header row, then 37px rows (py-2 around 20px text, 1px rule), striped. */
export function TableSkeleton({ rows = 12 }: { rows?: number }) {
  return (
    <div
      className={`${box} bg-[repeating-linear-gradient(#fff_0_36px,#f1f5f9_36px_37px)]`}
      style={{ height: 33 + rows * 37, backgroundPosition: "0 33px" }}
    />
  );
}

/** The list section before its code or data is there: heading row, export row, table. */
export function TablePanelSkeleton() {
  return (
    <div className="space-y-3">
      <div className="h-7 w-28 rounded bg-slate-200" />
      <ExportRowSkeleton />
      <TableSkeleton />
    </div>
  );
}

/** Everything below the search box while a domain's summary loads. */
export function ResultsSkeleton({ labels }: { labels?: MetricLabels }) {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Loading the summary"
      className="animate-pulse space-y-6"
    >
      <SummarySkeleton labels={labels} />
      <TablePanelSkeleton />
    </div>
  );
}
