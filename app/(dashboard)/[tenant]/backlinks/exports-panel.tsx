"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { JobProgress, progressCounts } from "@/components/jobs/job-progress";
import { Alert } from "@/components/ui/alert";
import { describeFilters, hasFilters } from "@/lib/backlinks/text-filters";
import type { JobProgress as Progress } from "@/lib/jobs/progress";
import {
  type BacklinkExportView,
  exportDownloadUrl,
  exportsQuery,
} from "@/lib/queries/backlink-exports";
import { jobKeys } from "@/lib/queries/jobs";

const SORT_NAMES: Record<BacklinkExportView["sort"], string> = {
  trust_flow: "by authority",
  citation_flow: "by citation",
  first_seen: "newest first",
};

function whatIsExported(e: BacklinkExportView) {
  const all = `All ${e.dofollow ? "dofollow " : ""}backlinks, ${SORT_NAMES[e.sort]}`;
  return hasFilters(e.filters) ? `${all}, where ${describeFilters(e.filters)}` : all;
}

/** The list has no count: until its end is seen, only "at least" is true. */
function soFar(p: Progress) {
  const text =
    p.status === "queued"
      ? "Waiting to start"
      : p.total === null
        ? `At least ${p.done.toLocaleString("en-US")} ${p.unit} so far`
        : progressCounts(p);
  return <span data-testid="export-progress">{text}</span>;
}

/**
 * This domain's whole-list exports, newest first: the one progress component (with Cancel) for
 * those still walking the list, and for those that stopped a download with exactly what the file
 * holds and why it ended (Resume for a failed or cancelled one). Read from the server, so a new
 * tab or a reload shows the same.
 */
export function ExportsPanel({ slug, domain }: { slug: string; domain: string }) {
  const queryClient = useQueryClient();
  const exports = useQuery(exportsQuery(slug, domain));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: exportsQuery(slug, domain).queryKey });
  const onProgress = (p: Progress) => {
    if (p.status !== "queued" && p.status !== "running") void refresh();
  };
  if (exports.isPending) return null;
  if (exports.isError) {
    return <Alert tone="error">Could not load the exports: {exports.error.message}</Alert>;
  }
  if (exports.data.length === 0) return null;
  return (
    <section
      aria-labelledby="exports-heading"
      className="space-y-2 rounded-md border border-slate-200 p-3"
    >
      <h3 id="exports-heading" className="text-sm font-semibold text-slate-900">
        Exports of {domain}
      </h3>
      <ul className="space-y-3">
        {exports.data.map((e) => (
          <li key={e.id} data-testid="backlink-export" className="space-y-1 text-sm">
            <p className="text-slate-700">
              {whatIsExported(e)}{" "}
              <time dateTime={e.createdAt} className="text-slate-500">
                ({new Date(e.createdAt).toLocaleString("en-US")})
              </time>
            </p>
            {e.outcome === null || e.progress.canRetry ? (
              <JobProgress
                slug={slug}
                kind="backlink-export"
                id={e.id}
                label={`Export of ${domain}`}
                summary={e.outcome === null ? soFar : () => null}
                onProgress={onProgress}
                onRetried={(p) => {
                  // The same export goes on: its bar polls again from the resumed state.
                  queryClient.setQueryData(jobKeys.run(slug, "backlink-export", e.id), p);
                  void refresh();
                }}
                retryLabel="Resume export"
              />
            ) : null}
            {e.outcome !== null ? (
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span data-testid="export-outcome">{e.outcome}</span>
                <a
                  href={exportDownloadUrl(slug, e.id)}
                  download={e.filename}
                  className="font-medium text-brand-700 underline"
                >
                  Download CSV<span className="sr-only"> of {e.filename}</span>
                </a>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
