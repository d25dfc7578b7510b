"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { monitorQuery } from "@/lib/queries/monitoring";
import { ChangesPanel } from "./changes-panel";
import { LostLinksPanel } from "./lost-links-panel";
import { ProfileCharts } from "./profile-charts";
import { ScheduleBar } from "./schedule-bar";
import { StopMonitoring } from "./stop-monitoring";

interface Props {
  slug: string;
  monitorId: string;
}

/** One monitored domain: schedule, charts over its snapshots, one snapshot's changes, lost links. */
export function MonitorDetailView({ slug, monitorId }: Props) {
  const [snapshot, setSnapshot] = useState<string | undefined>(undefined);
  const detail = useQuery(monitorQuery(slug, monitorId, snapshot));
  if (detail.isError) {
    return <Alert tone="error">Could not load this domain: {detail.error.message}</Alert>;
  }
  if (detail.isPending) return <p className="text-sm text-slate-500">Loading…</p>;
  const d = detail.data;
  const done = d.snapshots.filter((s) => s.status === "done");
  return (
    <div className="space-y-6">
      <Link href={`/${slug}/monitoring`} className="text-sm text-brand-700 hover:underline">
        ← All monitored domains
      </Link>
      <ScheduleBar slug={slug} detail={d} />
      {done.length === 0 ? (
        <p className="text-sm text-slate-500">No snapshot has finished yet.</p>
      ) : (
        <>
          <ProfileCharts snapshots={done} />
          <ChangesPanel
            detail={d}
            snapshots={done}
            onSelect={(id) => setSnapshot(id === done.at(-1)?.id ? undefined : id)}
          />
          <LostLinksPanel slug={slug} monitorId={monitorId} detail={d} />
        </>
      )}
      <StopMonitoring slug={slug} id={monitorId} domain={d.monitor.domain} />
    </div>
  );
}
