import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsTabs } from "@/components/layout/settings-tabs";
import { Card } from "@/components/ui/card";
import { getDb } from "@/lib/db";
import { alertsView } from "@/lib/services/alerts/alerts-view";
import { requireTenantPage } from "@/lib/services/page-access";
import { DeliveryLog } from "./delivery-log";
import { EndpointsPanel } from "./endpoints-panel";
import { RulesPanel } from "./rules-panel";

export const metadata: Metadata = { title: "Alerts" };

// Every member sees the rules and the log; admins change rules and endpoints (the API enforces it).
export default async function AlertsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const alerts = await alertsView(await getDb(), tenant.id);
  const isAdmin = role === "admin";
  return (
    <>
      <PageHeader
        title="Settings"
        description="Hear about ranking changes without looking: by email or by signed webhook."
      />
      <SettingsTabs slug={slug} active="alerts" />
      <div className="space-y-6">
        <Card title="Alert rules" description="What to watch, and where to send it.">
          <RulesPanel slug={slug} alerts={alerts} isAdmin={isAdmin} />
        </Card>
        <Card
          title="Webhook endpoints"
          description="Each request is signed with the endpoint's secret (see the docs on verifying alerts)."
        >
          <EndpointsPanel slug={slug} endpoints={alerts.endpoints} isAdmin={isAdmin} />
        </Card>
        <Card title="Delivery log" description="The latest 50 deliveries and every attempt.">
          <DeliveryLog deliveries={alerts.deliveries} />
        </Card>
      </div>
    </>
  );
}
