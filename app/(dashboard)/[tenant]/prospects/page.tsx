import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { NoBacklinkApi } from "@/components/seranking/no-backlink-api";
import { NotConnected } from "@/components/seranking/not-connected";
import { getDb } from "@/lib/db";
import { listProspectLists } from "@/lib/db/queries/prospect-lists";
import { Prefetched } from "@/lib/queries/prefetched";
import { prospectListsQuery } from "@/lib/queries/prospects";
import { providerV3 } from "@/lib/seranking/dialects/provider-v3";
import { requireTenantPage } from "@/lib/services/page-access";
import { integrationStatus } from "@/lib/services/seranking/integration-service";
import { ProspectsClient } from "./prospects-client";

export const metadata: Metadata = { title: "Prospects" };

export default async function ProspectsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ list?: string }>;
}) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const db = await getDb();
  const [status, lists] = await Promise.all([
    integrationStatus(db, tenant.id),
    listProspectLists(db, tenant.id),
  ]);
  const labels = status.metricLabels ?? providerV3.metricLabels;
  return (
    <>
      <PageHeader
        title="Prospects"
        description={`Qualify link-building prospects in bulk: paste or upload domains, fetch ${labels.trust} (${labels.trustShort}) and ${labels.citation} (${labels.citationShort}), and judge them against your rules.`}
      />
      {status.state === "not_connected" ? (
        <NotConnected slug={slug} isAdmin={role === "admin"} />
      ) : (
        <>
          {status.apis?.backlinks === false ? (
            <NoBacklinkApi slug={slug} isAdmin={role === "admin"} reason={status.apis.dataReason} />
          ) : null}
          {/* The lists are in the first HTML (same rows as GET …/prospect-lists); the chosen
              list's prospects follow from the browser. */}
          <Prefetched entries={[[prospectListsQuery(slug).queryKey, lists]]}>
            <ProspectsClient
              slug={slug}
              initialListId={(await searchParams).list ?? null}
              labels={labels}
              needsAttention={status.state === "needs_attention"}
            />
          </Prefetched>
        </>
      )}
    </>
  );
}
