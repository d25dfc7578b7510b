import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { getDb } from "@/lib/db";
import { listMonitors } from "@/lib/db/queries/backlink-monitoring";
import { listProjects } from "@/lib/db/queries/keyword-projects";
import { listProspectLists } from "@/lib/db/queries/prospect-lists";
import { Prefetched } from "@/lib/queries/prefetched";
import { reportsQuery } from "@/lib/queries/reports";
import { requireTenantPage } from "@/lib/services/page-access";
import { readBranding } from "@/lib/services/reports/branding";
import { listReports } from "@/lib/services/reports/report-service";
import { BrandingForm } from "./branding-form";
import type { ReportSources } from "./report-form";
import { ReportsList } from "./reports-list";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const db = await getDb();
  const [reports, monitors, projects, lists, branding] = await Promise.all([
    listReports(db, tenant.id),
    listMonitors(db, tenant.id),
    listProjects(db, tenant.id),
    listProspectLists(db, tenant.id),
    readBranding(db, tenant.id),
  ]);
  // What a report can draw on: this workspace's monitored domains, keyword projects and lists.
  const sources: ReportSources = {
    monitors: monitors.map((m) => ({ id: m.id, label: m.domain })),
    projects: projects.map(({ project: p }) => ({
      id: p.id,
      label: `${p.domain} · ${p.searchEngine} · ${p.location}`,
    })),
    lists: lists.map((l) => ({ id: l.id, label: l.name })),
  };
  return (
    <>
      <PageHeader
        title="Reports"
        description="Client reports: choose what each shows, share a read-only link that expires (no login needed), print it or save it as PDF, and email the link to the client every month."
      />
      <Prefetched entries={[[reportsQuery(slug).queryKey, reports]]}>
        <ReportsList slug={slug} sources={sources} />
      </Prefetched>
      <BrandingForm slug={slug} initial={branding} canEdit={role === "admin"} />
    </>
  );
}
