import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { NotConnected } from "@/components/seranking/not-connected";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/lib/db";
import { listProjectRows } from "@/lib/db/queries/keyword-projects";
import { projectsQuery } from "@/lib/queries/keywords";
import { Prefetched } from "@/lib/queries/prefetched";
import { requireTenantPage } from "@/lib/services/page-access";
import { integrationStatus } from "@/lib/services/seranking/integration-service";
import { KeywordsView } from "./keywords-view";

export const metadata: Metadata = { title: "Keywords" };

export default async function KeywordsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const db = await getDb();
  const [integration, projects] = await Promise.all([
    integrationStatus(db, tenant.id),
    listProjectRows(db, tenant.id),
  ]);
  return (
    <>
      <PageHeader
        title="Keywords"
        description="Where your domains rank for their keywords and how that changes: tracked daily by SE Ranking's rank tracker, or read from SE Ranking's monthly keyword database (each domain says which)."
      />
      {integration.state === "not_connected" ? (
        <NotConnected slug={slug} isAdmin={role === "admin"} />
      ) : (
        <>
          {integration.state === "needs_attention" ? (
            <Alert tone="warning" className="mb-4">
              SE Ranking rejected the key: checks fail until an admin reconnects it. The history
              below stays available.
            </Alert>
          ) : null}
          <Suspense fallback={<p className="text-sm text-slate-500">Loading keywords…</p>}>
            {/* The tracked domains are in the first HTML; the rankings table follows from the
                browser. Same rows as GET …/keywords/projects. */}
            <Prefetched entries={[[projectsQuery(slug).queryKey, projects]]}>
              <KeywordsView slug={slug} />
            </Prefetched>
          </Suspense>
        </>
      )}
    </>
  );
}
