"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { JobProgress } from "@/components/jobs/job-progress";
import { Alert } from "@/components/ui/alert";
import { DEFAULT_GAP_FILTERS, type GapFilters } from "@/lib/backlinks/gap/gap-rows";
import type { JobProgress as Progress } from "@/lib/jobs/progress";
import { gapKeys, gapResultQuery } from "@/lib/queries/backlink-gap";
import { jobKeys } from "@/lib/queries/jobs";
import { GapFiltersForm } from "./gap-filters";
import { GapListsNote } from "./gap-lists-note";
import { GapResults } from "./gap-results";

const n = (v: number) => v.toLocaleString("en-US");

/** One analysis: its progress while the lists are fetched, then its rows under the filters. */
export function GapRun({ slug, gapId }: { slug: string; gapId: string }) {
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<GapFilters>(DEFAULT_GAP_FILTERS);
  const result = useQuery(gapResultQuery(slug, gapId, filters));

  // The end of the run re-reads the analysis, which then carries its rows.
  const onProgress = useCallback(
    (p: Progress) => {
      if (p.status !== "running" && p.status !== "queued") {
        queryClient.invalidateQueries({ queryKey: ["tenant", slug, "backlink-gaps", gapId] });
        queryClient.invalidateQueries({ queryKey: gapKeys.all(slug), exact: true });
      }
    },
    [queryClient, slug, gapId],
  );
  const onRetried = useCallback(() => {
    queryClient.invalidateQueries({ queryKey: jobKeys.run(slug, "backlink-gap", gapId) });
  }, [queryClient, slug, gapId]);

  if (result.isError) {
    return <Alert tone="error">Could not read the analysis: {result.error.message}</Alert>;
  }
  const view = result.data;
  if (!view) return <p className="text-sm text-slate-500">Loading the analysis…</p>;
  const { gap } = view;
  return (
    <section aria-labelledby="gap-title" className="space-y-4">
      <h2 id="gap-title" className="text-base font-semibold text-slate-900">
        {gap.domain} vs. {gap.competitors.join(", ")}
      </h2>
      <JobProgress
        slug={slug}
        kind="backlink-gap"
        id={gap.id}
        label="Backlink gap progress"
        onProgress={onProgress}
        onRetried={onRetried}
        retryLabel="Retry"
        summary={(p) => (
          <span data-testid="gap-progress">
            {n(p.done)} of {n(p.total ?? 0)} referring-domain lists
            {gap.cached > 0 ? ` (${n(gap.cached)} from the cache)` : ""}
            {p.failed > 0 ? `, ${n(p.failed)} failed` : ""}
            {gap.estimatedCredits !== null ? ` · estimated ${n(gap.estimatedCredits)} credits` : ""}
          </span>
        )}
      />
      <GapListsNote lists={view.lists} />
      {view.result ? (
        <>
          <GapFiltersForm
            filters={filters}
            competitors={gap.competitors.length}
            authorityLabel={view.authorityLabel}
            onChange={setFilters}
          />
          <GapResults
            slug={slug}
            gap={gap}
            authorityLabel={view.authorityLabel}
            result={view.result}
            stale={result.isPlaceholderData}
          />
        </>
      ) : null}
    </section>
  );
}
