import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { getDb } from "@/lib/db";
import { findMonitor } from "@/lib/db/queries/backlink-monitoring";
import { monitorQuery } from "@/lib/queries/monitoring";
import { Prefetched } from "@/lib/queries/prefetched";
import { monitorDetail } from "@/lib/services/monitoring/monitor-view";
import { requireTenantPage } from "@/lib/services/page-access";
import { MonitorDetailView } from "./monitor-detail";

export const metadata: Metadata = { title: "Monitoring" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MonitorPage({
  params,
}: {
  params: Promise<{ tenant: string; monitorId: string }>;
}) {
  const { tenant: slug, monitorId } = await params;
  const { tenant } = await requireTenantPage(slug);
  if (!UUID.test(monitorId)) notFound();
  const db = await getDb();
  const monitor = await findMonitor(db, tenant.id, monitorId);
  if (!monitor) notFound();
  const detail = await monitorDetail(db, tenant.id, monitor);
  return (
    <>
      <PageHeader
        title={monitor.domain}
        description="Its backlink profile snapshot by snapshot: what is new and what was lost since the one before."
      />
      <Suspense fallback={<p className="text-sm text-slate-500">Loading…</p>}>
        {/* Same reply as GET …/monitoring/:monitorId. */}
        <Prefetched entries={[[monitorQuery(slug, monitorId).queryKey, detail]]}>
          <MonitorDetailView slug={slug} monitorId={monitorId} />
        </Prefetched>
      </Suspense>
    </>
  );
}
