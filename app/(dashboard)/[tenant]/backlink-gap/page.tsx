import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { NoBacklinkApi } from "@/components/seranking/no-backlink-api";
import { NotConnected } from "@/components/seranking/not-connected";
import { getDb } from "@/lib/db";
import { requireTenantPage } from "@/lib/services/page-access";
import { integrationStatus } from "@/lib/services/seranking/integration-service";
import { GapExplorer } from "./gap-explorer";

export const metadata: Metadata = { title: "Backlink gap" };

export default async function BacklinkGapPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const status = await integrationStatus(await getDb(), tenant.id);
  const isAdmin = role === "admin";
  return (
    <>
      <PageHeader
        title="Backlink gap"
        description="Referring domains that link to your competitors but not to you: your link-building prospects."
      />
      {status.state === "not_connected" ? (
        <NotConnected slug={slug} isAdmin={isAdmin} />
      ) : status.apis?.backlinks === false ? (
        <NoBacklinkApi slug={slug} isAdmin={isAdmin} reason={status.apis.dataReason} />
      ) : (
        <GapExplorer slug={slug} />
      )}
    </>
  );
}
