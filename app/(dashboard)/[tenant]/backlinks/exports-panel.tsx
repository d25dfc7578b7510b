"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { describeFilters, hasFilters } from "@/lib/backlinks/text-filters";
import {
  type BacklinkExportView,
  exportDownloadUrl,
  exportsQuery,
} from "@/lib/queries/backlink-exports";
import { RunProgress } from "./run-progress";

const SORT_NAMES: Record<BacklinkExportView["sort"], string> = {
  trust_flow: "by authority",
  citation_flow: "by citation",
  first_seen: "newest first",
};

function whatIsExported(e: BacklinkExportView) {
  const all = `All ${e.dofollow ? "dofollow " : ""}backlinks, ${SORT_NAMES[e.sort]}`;
  return hasFilters(e.filters) ? `${all}, where ${describeFilters(e.filters)}` : all;
}

/**
 * This domain's whole-list exports, newest first: the progress of those still running, and a
 * download with exactly what each file holds and why it stopped. Read from the server, so a new
 * tab or a reload shows the same.
 */
export function ExportsPanel({ slug, domain }: { slug: string; domain: string }) {
  const exports = useQuery(exportsQuery(slug, domain));
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
            {e.outcome === null ? (
              <RunProgress progress={e.progress} label={`Export of ${domain}`} />
            ) : (
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
            )}
            {e.progress.error ? (
              // While running it is a passing trouble the job waits out; once ended, what to do.
              <p className={e.outcome === null ? "text-amber-800" : "text-red-700"}>
                {e.progress.error}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
