import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireTenantPage } from "@/lib/services/page-access";

export const metadata: Metadata = { title: "Backlinks" };

export default async function BacklinksPage({ params }: { params: Promise<{ tenant: string }> }) {
  await requireTenantPage((await params).tenant);
  return (
    <>
      <PageHeader
        title="Backlinks"
        description="A domain's backlink profile: summary metrics, the TF/CF verdict and every link."
      />
      <EmptyState title="The backlink explorer is not available yet">
        It opens here once SE Ranking is connected and the explorer ships.
      </EmptyState>
    </>
  );
}
