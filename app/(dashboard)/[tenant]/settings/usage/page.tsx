import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsTabs } from "@/components/layout/settings-tabs";
import { Card } from "@/components/ui/card";
import { getDb } from "@/lib/db";
import { usageView } from "@/lib/services/budgets/usage-view";
import { requireTenantPage } from "@/lib/services/page-access";
import { BudgetForm } from "./budget-form";
import { SkippedWork } from "./skipped-work";
import { UsageChartPanel } from "./usage-chart-panel";
import { UsageTable } from "./usage-table";

export const metadata: Metadata = { title: "Usage" };

// Every member sees the figures (the same ones each run is priced against); admins set the budget.
export default async function UsagePage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const usage = await usageView(await getDb(), tenant.id);
  return (
    <>
      <PageHeader
        title="Settings"
        description="SE Ranking credits this workspace spends, and the monthly budget that caps them."
      />
      <SettingsTabs slug={slug} active="usage" />
      <div className="space-y-6">
        <Card
          title="Monthly budget"
          description={`Months run in ${usage.timeZone} time. A run that would pass the budget is refused before it starts; scheduled work is skipped.`}
        >
          <BudgetForm slug={slug} usage={usage} isAdmin={role === "admin"} />
        </Card>
        <Card title="Credits by month" description="The last six months, by feature.">
          <UsageChartPanel byMonth={usage.byMonth} featureLabels={usage.featureLabels} />
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="This month by feature">
            <UsageTable caption="Credits by feature this month" lines={usage.byFeature} />
          </Card>
          <Card title="This month by member">
            <UsageTable caption="Credits by member this month" lines={usage.byMember} />
          </Card>
        </div>
        <Card
          title="Skipped by the budget"
          description="Scheduled work this month that did not run."
        >
          <SkippedWork skipped={usage.skipped} />
        </Card>
      </div>
    </>
  );
}
