"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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

  // Each stored batch shows up in the table and charts as it lands.
  const done = run.data?.done;
  const status = run.data?.status;
  useEffect(() => {
    if (done === undefined) return;
    queryClient.invalidateQueries({ queryKey: prospectKeys.list(slug, listId), exact: true });
    if (status !== "running") queryClient.invalidateQueries({ queryKey: prospectKeys.lists(slug) });
  }, [done, status, queryClient, slug, listId]);

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
      {current ? <RunBar run={current} /> : null}
      <p className="text-xs text-slate-500">
        Domains fetched within the cache period are not asked again. Up to 100 domains per call,
        within the key's rate limit; credits are only spent on answers SE Ranking delivers.
      </p>
    </div>
  );
}

/** With the Data API each batch is two requests (counts, then DT/PT): both are counted. */
const requests = (run: RunStatus) =>
  run.requestsTotal > 0 ? ` (${n(run.requestsDone)} of ${n(run.requestsTotal)} requests)` : "";

function RunBar({ run }: { run: RunStatus }) {
  const pct = run.total === 0 ? 100 : Math.round((run.done / run.total) * 100);
  const summary =
    run.status === "running"
      ? `Fetching: ${n(run.done)} of ${n(run.total)} domains done, ${n(run.failed)} failed${requests(run)}`
      : `${run.mode === "failed" ? "Retry" : "Fetch"} ${run.status === "done" ? "finished" : run.status}: ${n(run.done - run.failed)} fetched, ${n(run.failed)} failed, ${n(run.cached)} from cache`;
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label="Metrics fetch progress"
        aria-valuemin={0}
        aria-valuemax={run.total}
        aria-valuenow={run.done}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${pct}%` }} />
      </div>
      <p aria-live="polite" data-testid="run-summary" className="text-sm text-slate-700">
        {summary}
      </p>
      {run.status === "interrupted" ? (
        <Alert tone="warning">
          The server stopped during this fetch. Fetch metrics again to continue: domains already
          fetched are kept and not asked again.
        </Alert>
      ) : null}
      {run.error && run.status !== "interrupted" ? <Alert tone="error">{run.error}</Alert> : null}
    </div>
  );
}
