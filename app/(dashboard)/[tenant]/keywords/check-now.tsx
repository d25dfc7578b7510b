"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useEffect, useRef } from "react";
import { When } from "@/components/format/date-format";
import { Button } from "@/components/ui/button";
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
    }
    wasRunning.current = running;
  }, [running, queryClient, slug, projectId]);

  const percent = run?.total ? Math.round((run.done / run.total) * 100) : 0;
  return (
    <div className="flex min-w-64 flex-col items-end gap-1">
      <Button onClick={() => start.mutate()} disabled={disabled || running || start.isPending}>
        <RefreshCw aria-hidden className={running ? "size-4 animate-spin" : "size-4"} />
        {running ? "Checking…" : "Check now"}
      </Button>
      <div aria-live="polite" className="w-full text-right text-xs text-slate-600">
        {start.isError ? <span className="text-red-700">{start.error.message}</span> : null}
        {running ? (
          <>
            <progress
              className="h-2 w-full accent-brand-600"
              max={run.total || 1}
              value={run.done}
              aria-label="Keyword check progress"
            />
            <span>
              Checked {run.done} of {run.total} keywords ({percent}%)
            </span>
          </>
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
  if (run.status === "failed") {
    return (
      <span className="text-red-700">
        Last check failed ({when}){run.error ? `: ${run.error}` : ""}
      </span>
    );
  }
  return (
    <span>
      Last checked {when}
      {run.failed ? ` — ${run.failed} of ${run.total} failed` : ""}
    </span>
  );
}
