"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useCallback, useEffect, useRef } from "react";
import { CostNote } from "@/components/budgets/cost-note";
import { When } from "@/components/format/date-format";
import { JobProgress } from "@/components/jobs/job-progress";
import { Button } from "@/components/ui/button";
import type { JobProgress as Progress } from "@/lib/jobs/progress";
import { fetchJson } from "@/lib/queries/fetch-json";
import {
  type CheckRun,
  keywordUrls,
  latestCheckQuery,
  rankingsQuery,
} from "@/lib/queries/keywords";

interface Props {
  slug: string;
  projectId: string;
  disabled?: boolean;
}

/** "Check now" and the progress of the latest check, read from the server so it survives reloads. */
export function CheckNow({ slug, projectId, disabled }: Props) {
  const queryClient = useQueryClient();
  const latest = useQuery(latestCheckQuery(slug, projectId));
  const start = useMutation({
    mutationFn: () =>
      fetchJson<{ run: CheckRun }>(keywordUrls.checks(slug, projectId), { method: "POST" }),
    onSuccess: ({ run }) =>
      queryClient.setQueryData(latestCheckQuery(slug, projectId).queryKey, run),
  });
  const run = latest.data;
  const running = run?.status === "running";

  // When a check finishes, the table's positions are new.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) {
      queryClient.invalidateQueries({ queryKey: rankingsQuery(slug, projectId).queryKey });
      queryClient.invalidateQueries({
        queryKey: [...rankingsQuery(slug, projectId).queryKey.slice(0, 4), "history"],
      });
      // Competitors' positions, their chart and the events came with the same check.
      for (const part of ["competitors", "competitor-history", "events"]) {
        queryClient.invalidateQueries({
          queryKey: [...rankingsQuery(slug, projectId).queryKey.slice(0, 4), part],
        });
      }
    }
    wasRunning.current = running;
  }, [running, queryClient, slug, projectId]);

  const onProgress = useCallback(
    (p: Progress) => {
      if (p.status !== "running" && p.status !== "queued") {
        queryClient.invalidateQueries({ queryKey: latestCheckQuery(slug, projectId).queryKey });
      }
    },
    [queryClient, slug, projectId],
  );
  return (
    <div className="flex min-w-64 flex-col items-end gap-1">
      <Button onClick={() => start.mutate()} disabled={disabled || running || start.isPending}>
        <RefreshCw aria-hidden className={running ? "size-4 animate-spin" : "size-4"} />
        {running ? "Checking…" : "Check now"}
      </Button>
      <CostNote slug={slug} params={{ kind: "keyword-check", projectId }} />
      <div aria-live="polite" className="w-full text-right text-xs text-slate-600">
        {start.isError ? <span className="text-red-700">{start.error.message}</span> : null}
        {running ? (
          <JobProgress
            key={run.id}
            slug={slug}
            kind="keyword-check"
            id={run.id}
            label="Keyword check progress"
            summary={(p) =>
              run.trigger === "added"
                ? `Checking new keywords: ${p.done} of ${p.total ?? 0}`
                : `Checked ${p.done} of ${p.total ?? 0} keywords`
            }
            onProgress={onProgress}
          />
        ) : run ? (
          <RunSummary run={run} />
        ) : (
          <span>Never checked</span>
        )}
      </div>
    </div>
  );
}

function RunSummary({ run }: { run: CheckRun }) {
  const when = <When value={run.checkedAt} relative />;
  // A check of keywords just added covers those only: it is not "the" last check of the domain.
  const what = run.trigger === "added" ? "New keywords' check" : "Last check";
  if (run.status === "cancelled")
    return (
      <span>
        {what} cancelled ({when})
      </span>
    );
  if (run.status === "failed") {
    return (
      <span className="text-red-700">
        {what} failed ({when}){run.error ? `: ${run.error}` : ""}
      </span>
    );
  }
  return (
    <span>
      {run.trigger === "added" ? "New keywords checked" : "Last checked"} {when}
      {run.failed ? ` — ${run.failed} of ${run.total} failed` : ""}
    </span>
  );
}
