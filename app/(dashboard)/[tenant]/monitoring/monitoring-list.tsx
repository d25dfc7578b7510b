"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { When } from "@/components/format/date-format";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { type MonitorView, monitorsQuery } from "@/lib/queries/monitoring";
import { AddMonitorForm } from "./add-monitor-form";
import { ChangeCount } from "./change-count";

const n = (v: number | null) => (v === null ? "—" : v.toLocaleString("en-US"));

function MonitorRow({ slug, m }: { slug: string; m: MonitorView }) {
  const s = m.latest;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link
          href={`/${slug}/monitoring/${m.id}`}
          className="break-all text-base font-semibold text-brand-700 hover:underline"
        >
          {m.domain}
        </Link>
        <span className="text-xs text-slate-500">
          {m.running ? (
            "Taking a snapshot…"
          ) : m.scheduleEnabled ? (
            <>
              Next snapshot <When value={m.nextSnapshotAt} dateOnly />
            </>
          ) : (
            "Schedule paused"
          )}
        </span>
      </div>
      {s?.status === "failed" ? (
        <p className="mt-2 text-sm text-red-700">Last snapshot failed: {s.error}</p>
      ) : s ? (
        <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500">Backlinks</dt>
            <dd className="font-medium">{n(s.backlinks)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Referring domains</dt>
            <dd className="font-medium">{n(s.referringDomains)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Links new / lost</dt>
            <dd>
              <ChangeCount gained={s.newBacklinks} lost={s.lostBacklinks} atLeast={s.incomplete} />
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Domains new / lost</dt>
            <dd>
              <ChangeCount
                gained={s.newRefdomains}
                lost={s.lostRefdomains}
                atLeast={s.incomplete}
              />
            </dd>
          </div>
        </dl>
      ) : (
        <p className="mt-2 text-sm text-slate-500">The first snapshot is being taken.</p>
      )}
    </li>
  );
}

export function MonitoringList({ slug }: { slug: string }) {
  const monitors = useQuery(monitorsQuery(slug));
  return (
    <div className="space-y-6">
      <Card title="Monitor a domain">
        <AddMonitorForm slug={slug} />
      </Card>
      {monitors.isError ? (
        <Alert tone="error">Could not load the monitored domains: {monitors.error.message}</Alert>
      ) : monitors.isPending ? (
        <p className="text-sm text-slate-500">Loading monitored domains…</p>
      ) : monitors.data.length === 0 ? (
        <EmptyState title="No domain is monitored yet">
          Add one above, or use “Monitor this domain” on the Backlinks page.
        </EmptyState>
      ) : (
        <ul aria-label="Monitored domains" className="space-y-3">
          {monitors.data.map((m) => (
            <MonitorRow key={m.id} slug={slug} m={m} />
          ))}
        </ul>
      )}
    </div>
  );
}
