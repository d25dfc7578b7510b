"use client";

import { Download } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type ExportProgress, fetchAllBacklinks } from "@/lib/backlinks/export-all";
import {
  clearCheckpoint,
  exportTargetKey,
  readCheckpoint,
  saveCheckpoint,
} from "@/lib/backlinks/export-checkpoint";
import { type BacklinksView, type ListReply, listUrl } from "@/lib/queries/backlinks";
import { fetchJson } from "@/lib/queries/fetch-json";
import type { BacklinkRow, MetricLabels } from "@/lib/seranking/types";
import { MAX_PAGE_SIZE } from "@/lib/validations/backlinks";
import { ExportProgressBar } from "./export-progress";

/** Rows per request of a whole-list export: few round trips, and within SE Ranking's cap. */
export const EXPORT_PAGE_SIZE = Math.min(500, MAX_PAGE_SIZE);

interface Props {
  slug: string;
  view: BacklinksView;
  rows: BacklinkRow[];
  labels: MetricLabels;
  total: number;
}

// The CSV writer (papaparse) is only needed once someone exports: fetch it then.
const csvWriter = () => import("@/lib/backlinks/backlinks-csv");

function download(csv: string, filename: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type ExportState =
  | { kind: "idle" }
  | { kind: "interrupted"; progress: ExportProgress }
  | { kind: "running"; progress: ExportProgress }
  | { kind: "done"; rows: number }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

/** CSV of the page in view (instant), or of the whole list fetched page by page in order. */
export function ExportPanel({ slug, view, rows, labels, total }: Props) {
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  const target = exportTargetKey({ slug, ...view });

  // A reload in the middle of an export of this very view offers to resume it.
  useEffect(() => {
    const checkpoint = readCheckpoint(sessionStorage, target);
    setState((current) =>
      current.kind !== "idle" && current.kind !== "interrupted"
        ? current
        : checkpoint
          ? { kind: "interrupted", progress: checkpoint }
          : { kind: "idle" },
    );
  }, [target]);

  const exportAll = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: "running", progress: { done: 0, total } });
    try {
      const all = await fetchAllBacklinks({
        total,
        pageSize: EXPORT_PAGE_SIZE,
        signal: abort.signal,
        onProgress: (progress) => {
          setState({ kind: "running", progress });
          saveCheckpoint(sessionStorage, { target, ...progress });
        },
        fetchPage: (page, signal) =>
          fetchJson<ListReply>(listUrl(slug, { ...view, page, limit: EXPORT_PAGE_SIZE }), {
            signal,
          }).then((r) => r.rows),
      });
      const whole = { sort: view.sort, dofollow: view.dofollow };
      const { backlinksCsv, backlinksCsvName } = await csvWriter();
      download(backlinksCsv(all, labels), backlinksCsvName(view.domain, whole));
      clearCheckpoint(sessionStorage);
      setState({ kind: "done", rows: all.length });
    } catch (error) {
      // A failure keeps the checkpoint (a reload can tear requests down mid-flight); a cancel drops it.
      if (abort.signal.aborted) {
        clearCheckpoint(sessionStorage);
        setState({ kind: "cancelled" });
      } else setState({ kind: "failed", message: (error as Error).message });
    } finally {
      controller.current = null;
    }
  };

  const running = state.kind === "running";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={rows.length === 0}
          onClick={async () => {
            const { backlinksCsv, backlinksCsvName } = await csvWriter();
            download(backlinksCsv(rows, labels), backlinksCsvName(view.domain, view));
          }}
        >
          <Download aria-hidden className="size-4" />
          Export this page (CSV)
        </Button>
        <Button variant="secondary" size="sm" disabled={running || total === 0} onClick={exportAll}>
          <Download aria-hidden className="size-4" />
          Export all {total.toLocaleString("en-US")} rows (CSV)
        </Button>
        {running ? (
          <Button variant="ghost" size="sm" onClick={() => controller.current?.abort()}>
            Cancel export
          </Button>
        ) : null}
      </div>
      {running ? <ExportProgressBar progress={state.progress} /> : null}
      <div aria-live="polite">
        {state.kind === "interrupted" ? (
          <Alert tone="info" className="flex flex-wrap items-center gap-2">
            <span>
              The export of this list stopped at {state.progress.done.toLocaleString("en-US")} of{" "}
              {state.progress.total.toLocaleString("en-US")} rows when the page was left. The rows
              already fetched are cached, so resuming is quick.
            </span>
            <Button size="sm" onClick={exportAll}>
              Resume export
            </Button>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                clearCheckpoint(sessionStorage);
                setState({ kind: "idle" });
              }}
            >
              Discard
            </Button>
          </Alert>
        ) : state.kind === "done" ? (
          <Alert tone="success">Exported {state.rows.toLocaleString("en-US")} rows.</Alert>
        ) : state.kind === "cancelled" ? (
          <Alert tone="info">Export cancelled; nothing was downloaded.</Alert>
        ) : state.kind === "failed" ? (
          <Alert tone="error">Export failed: {state.message} Start it again to retry.</Alert>
        ) : null}
      </div>
    </div>
  );
}
