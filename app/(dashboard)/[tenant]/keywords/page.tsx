import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { NotConnected } from "@/components/seranking/not-connected";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/lib/db";
import { requireTenantPage } from "@/lib/services/page-access";
import { integrationStatus } from "@/lib/services/seranking/integration-service";
import { KeywordsView } from "./keywords-view";

export const metadata: Metadata = { title: "Keywords" };

export default async function KeywordsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  const integration = await integrationStatus(await getDb(), tenant.id);
  return (
    <>
      <PageHeader
        title="Keywords"
        description="Where your domains rank for their keywords, checked daily, and how that changes."
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
            <KeywordsView slug={slug} />
          </Suspense>
        </>
      )}
    </>
  );
}
