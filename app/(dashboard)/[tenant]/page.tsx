import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { getDb } from "@/lib/db";
import { workspaceOverview } from "@/lib/services/overview";
import { requireTenantPage } from "@/lib/services/page-access";
import { BacklinksCard, KeywordsCard, ProspectsCard } from "./overview/activity-cards";
import { ConnectionCard } from "./overview/connection-card";
import { FiguresStrip } from "./overview/figures-strip";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const overview = await workspaceOverview(await getDb(), tenant.id);
  const labels = "metricLabels" in overview.integration ? overview.integration.metricLabels : null;
  return (
    <>
      <PageHeader title={tenant.name} description="Your workspace at a glance." />
      <div className="space-y-4">
        <ConnectionCard slug={slug} isAdmin={role === "admin"} integration={overview.integration} />
        <FiguresStrip slug={slug} overview={overview} />
        <div className="grid gap-4 lg:grid-cols-3">
          <BacklinksCard
            slug={slug}
            overview={overview}
            metrics={labels ? `${labels.trust}, ${labels.citation}` : "authority metrics"}
          />
          <ProspectsCard slug={slug} overview={overview} />
          <KeywordsCard slug={slug} overview={overview} />
        </div>
      </div>
    </>
  );
}
