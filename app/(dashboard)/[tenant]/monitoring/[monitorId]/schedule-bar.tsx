"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { CostNote } from "@/components/budgets/cost-note";
import { When } from "@/components/format/date-format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/queries/fetch-json";
import { type MonitorDetail, monitoringUrls } from "@/lib/queries/monitoring";
import { IntervalSelect } from "../interval-select";

interface Props {
  slug: string;
  detail: MonitorDetail;
}

/** The schedule (interval, paused), "Refresh now" and the snapshot being taken. */
export function ScheduleBar({ slug, detail }: Props) {
  const { monitor } = detail;
  const queryClient = useQueryClient();
  const refetch = () => queryClient.invalidateQueries({ queryKey: ["tenant", slug, "monitoring"] });
  const update = useMutation({
    mutationFn: (body: { intervalDays?: number; scheduleEnabled?: boolean }) =>
      fetchJson(monitoringUrls.monitor(slug, monitor.id), { method: "PATCH", json: body }),
    onSuccess: refetch,
  });
  const refresh = useMutation({
    mutationFn: () => fetchJson(monitoringUrls.snapshots(slug, monitor.id), { method: "POST" }),
    onSuccess: refetch,
  });
  const last = detail.snapshots.at(-1);
  return (
    <section
      aria-label="Schedule"
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <IntervalSelect
        value={monitor.intervalDays}
        onChange={(e) => update.mutate({ intervalDays: Number(e.target.value) })}
        disabled={update.isPending}
      />
      <label className="flex h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={monitor.scheduleEnabled}
          onChange={(e) => update.mutate({ scheduleEnabled: e.target.checked })}
          disabled={update.isPending}
        />
        On schedule
      </label>
      <p className="text-sm text-slate-600">
        {monitor.scheduleEnabled ? (
          <>
            Next snapshot <When value={monitor.nextSnapshotAt} />
          </>
        ) : (
          "Paused: only Refresh now takes a snapshot."
        )}
      </p>
      <div className="ml-auto flex items-center gap-3">
        <p role="status" className="text-sm text-slate-600">
          {monitor.running ? "Taking a snapshot…" : null}
        </p>
        <CostNote slug={slug} params={{ kind: "monitoring-snapshot", monitorId: monitor.id }} />
        <Button
          variant="secondary"
          onClick={() => refresh.mutate()}
          disabled={refresh.isPending || Boolean(monitor.running)}
        >
          <RefreshCw className="size-4" aria-hidden />
          Refresh now
        </Button>
      </div>
      {last?.status === "failed" ? (
        <Alert tone="error" className="w-full">
          The last snapshot failed: {last.error}
        </Alert>
      ) : null}
      {refresh.isError || update.isError ? (
        <Alert tone="error" className="w-full">
          {(refresh.error ?? update.error)?.message}
        </Alert>
      ) : null}
    </section>
  );
}
