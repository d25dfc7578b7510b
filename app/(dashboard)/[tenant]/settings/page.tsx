import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsTabs } from "@/components/layout/settings-tabs";
import { Card } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/services/page-access";
import { MembersPanel } from "./members-panel";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { role, userId } = await requireTenantPage(slug);
  return (
    <>
      <PageHeader
        title="Settings"
        description="Who can use this workspace, and what they may do."
      />
      <SettingsTabs slug={slug} active="members" />
      <Card
        title="Members"
        description="Admins manage members and the SE Ranking key; marketers research, build lists and export."
      >
        <MembersPanel slug={slug} isAdmin={role === "admin"} currentUserId={userId} />
      </Card>
    </>
  );
}
