import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsTabs } from "@/components/layout/settings-tabs";
import { Card } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/services/page-access";
import { MembersPanel } from "./members-panel";
import { TimeZoneForm } from "./time-zone-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { role, userId, tenant } = await requireTenantPage(slug);
  return (
    <>
      <PageHeader
        title="Settings"
        description="Who can use this workspace, what they may do, and its time zone."
      />
      <SettingsTabs slug={slug} active="members" />
      <Card
        title="Members"
        description="Admins manage members and the SE Ranking key; marketers research, build lists and export."
      >
        <MembersPanel slug={slug} isAdmin={role === "admin"} currentUserId={userId} />
      </Card>
      <Card
        className="mt-6"
        title="Workspace"
        description="Dates and times across the dashboard are written in this time zone."
      >
        <TimeZoneForm slug={slug} timeZone={tenant.timeZone} isAdmin={role === "admin"} />
      </Card>
    </>
  );
}
