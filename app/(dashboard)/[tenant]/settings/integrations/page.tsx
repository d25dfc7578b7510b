import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsTabs } from "@/components/layout/settings-tabs";
import { env } from "@/lib/env";
import { requireTenantPage } from "@/lib/services/page-access";
import { isSimulatorUrl } from "@/lib/services/seranking/demo-mode";
import { IntegrationPanel } from "./integration-panel";

export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage({
  params,
}: {
  params: Promise<{ tenant: string }>;
}) {
  const { tenant: slug } = await params;
  const { role } = await requireTenantPage(slug);
  return (
    <>
      <PageHeader title="Settings" description="Connect the services this workspace uses." />
      <SettingsTabs slug={slug} active="integrations" />
      <IntegrationPanel
        slug={slug}
        isAdmin={role === "admin"}
        demo={isSimulatorUrl(env().SERANKING_BASE_URL)}
      />
    </>
  );
}
