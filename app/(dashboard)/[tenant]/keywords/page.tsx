import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireTenantPage } from "@/lib/services/page-access";

export const metadata: Metadata = { title: "Keywords" };

export default async function KeywordsPage({ params }: { params: Promise<{ tenant: string }> }) {
  await requireTenantPage((await params).tenant);
  return (
    <>
      <PageHeader
        title="Keywords"
        description="Where your domains rank for their keywords, and how that changes."
      />
      <EmptyState title="Keyword tracking is not available yet">
        It opens here once SE Ranking is connected and the feature ships.
      </EmptyState>
    </>
  );
}
