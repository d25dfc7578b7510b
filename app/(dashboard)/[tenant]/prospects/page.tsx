import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireTenantPage } from "@/lib/services/page-access";

export const metadata: Metadata = { title: "Prospects" };

export default async function ProspectsPage({ params }: { params: Promise<{ tenant: string }> }) {
  await requireTenantPage((await params).tenant);
  return (
    <>
      <PageHeader
        title="Prospects"
        description="Bulk Trust Flow / Citation Flow comparison for link-building prospect lists."
      />
      <EmptyState title="Prospect lists are not available yet">
        They open here once SE Ranking is connected and the feature ships.
      </EmptyState>
    </>
  );
}
