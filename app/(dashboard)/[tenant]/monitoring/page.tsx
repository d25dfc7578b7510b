import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { NotConnected } from "@/components/seranking/not-connected";
import { getDb } from "@/lib/db";
import { monitorsQuery } from "@/lib/queries/monitoring";
import { Prefetched } from "@/lib/queries/prefetched";
import { monitorList } from "@/lib/services/monitoring/monitor-view";
import { requireTenantPage } from "@/lib/services/page-access";
import { integrationStatus } from "@/lib/services/seranking/integration-service";
import { MonitoringList } from "./monitoring-list";

export const metadata: Metadata = { title: "Monitoring" };

export default async function MonitoringPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const db = await getDb();
  const [integration, monitors] = await Promise.all([
    integrationStatus(db, tenant.id),
    monitorList(db, tenant.id),
  ]);
  return (
    <>
      <PageHeader
        title="Monitoring"
        description="Domains whose backlink profile is snapshotted on a schedule (weekly unless you choose otherwise): which links and referring domains are new or lost since the snapshot before, and the lost links worth asking back."
      />
      {integration.state === "not_connected" && monitors.length === 0 ? (
        <NotConnected slug={slug} isAdmin={role === "admin"} />
      ) : (
        <Suspense fallback={<p className="text-sm text-slate-500">Loading monitored domains…</p>}>
          {/* Same rows as GET …/monitoring. */}
          <Prefetched entries={[[monitorsQuery(slug).queryKey, monitors]]}>
            <MonitoringList slug={slug} />
          </Prefetched>
        </Suspense>
      )}
    </>
  );
}
