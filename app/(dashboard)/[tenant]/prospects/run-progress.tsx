"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { JobProgress } from "@/components/jobs/job-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { JobProgress as Progress } from "@/lib/jobs/progress";
import { fetchJson } from "@/lib/queries/fetch-json";
import {
  type ListDetail,
  listUrl,
  prospectKeys,
  type RunStatus,
  runQuery,
} from "@/lib/queries/prospects";

const n = (v: number) => v.toLocaleString("en-US");

interface Props {
  slug: string;
  listId: string;
  domainCount: number;
  failedCount: number;
  estimates: ListDetail["runEstimates"];
}

/** "≈ 10,000 credits (100 requests)": what a run costs, said before it starts. */
function costText(e: { domains: number; requests: number; credits: number }) {
  if (e.domains === 0) return "nothing to fetch: every domain is fresh in the cache";
  return `${n(e.domains)} domains to fetch: about ${n(e.credits)} SE Ranking credits in ${n(e.requests)} requests`;
}

/** Starts a fetch and shows its stored progress, polled, so a reload shows the same bar. */
export function RunProgress({ slug, listId, domainCount, failedCount, estimates }: Props) {
  const queryClient = useQueryClient();
  const run = useQuery(runQuery(slug, listId));
  const start = useMutation({
    mutationFn: (mode: "all" | "failed") =>
      fetchJson<{ run: RunStatus }>(`${listUrl(slug, listId)}/run`, {
        method: "POST",
        json: { mode },
      }),
    onSuccess: ({ run: started }) => {
      queryClient.setQueryData(prospectKeys.run(slug, listId), started);
      queryClient.invalidateQueries({ queryKey: prospectKeys.run(slug, listId) });
    },
  });

  // Each stored batch shows up in the table and charts as it lands; the end re-reads the run.
  const onProgress = useCallback(
    (p: Progress) => {
      queryClient.invalidateQueries({ queryKey: prospectKeys.list(slug, listId), exact: true });
      if (p.status !== "running" && p.status !== "queued") {
        queryClient.invalidateQueries({ queryKey: prospectKeys.lists(slug) });
        queryClient.invalidateQueries({ queryKey: prospectKeys.run(slug, listId) });
      }
    },
    [queryClient, slug, listId],
  );

  const current = run.data;
  const running = current?.status === "running";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          onClick={() => start.mutate("all")}
          disabled={running || start.isPending || domainCount === 0}
        >
          {running ? "Fetching…" : "Fetch metrics"}
        </Button>
        {failedCount > 0 && !running ? (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => start.mutate("failed")}
            disabled={start.isPending}
          >
            Retry failed ({n(failedCount)})
          </Button>
        ) : null}
      </div>
      {!running ? (
        <p data-testid="run-estimate" className="text-sm text-slate-700">
          Fetch metrics: {costText(estimates.all)}.
          {failedCount > 0 ? ` Retry failed: ${costText(estimates.failed)}.` : null}
        </p>
      ) : null}
      {start.error ? <Alert tone="error">{start.error.message}</Alert> : null}
      {run.isError ? (
        <Alert tone="error">Could not read progress: {run.error.message}</Alert>
      ) : null}
      {current ? (
        <JobProgress
          key={current.id}
          slug={slug}
          kind="prospect-metrics"
          id={current.id}
          label="Metrics fetch progress"
          summary={(p) => <span data-testid="run-summary">{summaryText(current, p)}</span>}
          onProgress={onProgress}
          retryLabel={null}
        />
      ) : null}
      <p className="text-xs text-slate-500">
        Domains fetched within the cache period are not asked again. Up to 100 domains per call,
        within the key's rate limit; credits are only spent on answers SE Ranking delivers.
      </p>
    </div>
  );
}

/** The run's line: live counts from the progress, mode and cache count from the run. */
function summaryText(run: RunStatus, p: Progress) {
  if (p.status === "running" || p.status === "queued") {
    return `Fetching: ${n(p.done)} of ${n(p.total ?? 0)} domains done, ${n(p.failed)} failed`;
  }
  const what = run.mode === "failed" ? "Retry" : "Fetch";
  const how = p.status === "done" ? "finished" : p.status;
  return `${what} ${how}: ${n(p.done - p.failed)} fetched, ${n(p.failed)} failed, ${n(run.cached)} from cache`;
}
