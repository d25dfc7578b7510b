"use client";

// The one progress component for every kind of long work: a bar, "12 of 300 domains" (or "at
// least N" while the total is unknown), failures, and Cancel / Retry, read from the one
// run-status API and polled while the run is going.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { JobKind, JobProgress as Progress } from "@/lib/jobs/progress";
import { fetchJson } from "@/lib/queries/fetch-json";
import { jobKeys, jobProgressQuery, runUrl } from "@/lib/queries/jobs";

const n = (v: number) => v.toLocaleString("en-US");

/** "12 of 300 domains, 2 failed" / "at least 1,200 backlinks": the counts in words. */
export function progressCounts(p: Progress): string {
  const of =
    p.total === null
      ? `at least ${n(p.done)} ${p.unit}`
      : `${n(p.done)} of ${n(p.total)} ${p.unit}`;
  return p.failed > 0 ? `${of}, ${n(p.failed)} failed` : of;
}

interface Props {
  slug: string;
  kind: JobKind;
  id: string;
  /** The bar's accessible name, e.g. "Metrics fetch progress". */
  label: string;
  /** The line under the bar; the counts by default. */
  summary?: (progress: Progress) => ReactNode;
  /** Each change of the counts or status (the page refreshes what the run stores). */
  onProgress?: (progress: Progress) => void;
  /** A retry started a new run: the page follows that one. */
  onRetried?: (progress: Progress) => void;
  /** Pages with their own retry control hide this one. */
  retryLabel?: string | null;
  testId?: string;
}

export function JobProgress(props: Props) {
  const {
    slug,
    kind,
    id,
    label,
    summary,
    onProgress,
    onRetried,
    retryLabel = "Retry failed",
  } = props;
  const queryClient = useQueryClient();
  const query = useQuery(jobProgressQuery(slug, kind, id));
  const cancel = useMutation({
    mutationFn: () => fetchJson<Progress>(runUrl(slug, kind, id), { method: "DELETE" }),
    onSuccess: (p) => queryClient.setQueryData(jobKeys.run(slug, kind, id), p),
  });
  const retry = useMutation({
    mutationFn: () => fetchJson<Progress>(`${runUrl(slug, kind, id)}/retry`, { method: "POST" }),
    onSuccess: (p) => onRetried?.(p),
  });

  const p = query.data;
  const seen = useRef("");
  useEffect(() => {
    if (!p) return;
    const key = `${p.status}:${p.done}:${p.failed}`;
    if (key === seen.current) return;
    seen.current = key;
    onProgress?.(p);
  }, [p, onProgress]);

  if (query.isError) {
    return <Alert tone="error">Could not read progress: {query.error.message}</Alert>;
  }
  if (!p) return null;
  const pct =
    p.total === null || p.total === 0
      ? p.status === "running"
        ? 0
        : 100
      : Math.round((p.done / p.total) * 100);
  return (
    <div className="space-y-2" data-testid={props.testId}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        {...(p.total === null ? {} : { "aria-valuemax": p.total })}
        aria-valuenow={p.done}
        aria-valuetext={progressCounts(p)}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${pct}%` }} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p aria-live="polite" className="text-sm text-slate-700">
          {summary ? summary(p) : progressCounts(p)}
        </p>
        <div className="flex gap-2">
          {p.canCancel ? (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => cancel.mutate()}
              disabled={cancel.isPending}
            >
              Cancel
            </Button>
          ) : null}
          {p.canRetry && retryLabel ? (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => retry.mutate()}
              disabled={retry.isPending}
            >
              {retryLabel}
            </Button>
          ) : null}
        </div>
      </div>
      {p.error ? <Alert tone={p.status === "failed" ? "error" : "warning"}>{p.error}</Alert> : null}
      {cancel.error ? <Alert tone="error">{cancel.error.message}</Alert> : null}
      {retry.error ? <Alert tone="error">{retry.error.message}</Alert> : null}
    </div>
  );
}
