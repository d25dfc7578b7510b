import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { NoBacklinkApi } from "@/components/seranking/no-backlink-api";
import { NotConnected } from "@/components/seranking/not-connected";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/lib/db";
import { listBacklinkSearches } from "@/lib/db/queries/backlink-searches";
import { recentSearchesQuery } from "@/lib/queries/backlinks";
import { Prefetched } from "@/lib/queries/prefetched";
import { requireTenantPage } from "@/lib/services/page-access";
import { integrationStatus } from "@/lib/services/seranking/integration-service";
import { BacklinksExplorer } from "./backlinks-explorer";

export const metadata: Metadata = { title: "Backlinks" };

export default async function BacklinksPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const db = await getDb();
  const [status, recentSearches] = await Promise.all([
    integrationStatus(db, tenant.id),
    listBacklinkSearches(db, tenant.id),
  ]);
  const isAdmin = role === "admin";
  const labels = status.metricLabels;
  const pair = labels ? `${labels.trustShort}/${labels.citationShort}` : "authority";
  return (
    <>
      <PageHeader
        title="Backlinks"
        description={`A domain's backlink profile: summary metrics, the ${pair} verdict and every link.`}
      />
      {status.state === "not_connected" ? (
        <NotConnected slug={slug} isAdmin={isAdmin} />
      ) : status.apis?.backlinks === false ? (
        <NoBacklinkApi slug={slug} isAdmin={isAdmin} reason={status.apis.dataReason} />
      ) : (
        <>
          {status.state === "needs_attention" ? (
            <Alert tone="warning" className="mb-4">
              SE Ranking rejected the stored key, so new searches will fail.{" "}
              {isAdmin ? (
                <Link href={`/${slug}/settings/integrations`} className="font-medium underline">
                  Reconnect it in Settings → Integrations.
                </Link>
              ) : (
                "Ask a workspace admin to reconnect it in Settings."
              )}
            </Alert>
          ) : null}
          {/* The recent-searches chips are in the first HTML: they would push the page down. */}
          <Prefetched entries={[[recentSearchesQuery(slug).queryKey, recentSearches]]}>
            <BacklinksExplorer slug={slug} isAdmin={isAdmin} labels={labels} />
          </Prefetched>
        </>
      )}
    </>
  );
}
