import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { benchFloorOn } from "@/lib/bench-floor";
import { requireTenantPage } from "@/lib/services/page-access";

export const metadata: Metadata = { title: "Bench floor" };

/**
 * Bench only (BENCH_FLOOR=on): the dashboard layout (session, membership, sidebar, integration
 * state) around a page that reads nothing more, the floor for the real pages. A 404 otherwise.
 */
export default async function BenchFloorPage({ params }: { params: Promise<{ tenant: string }> }) {
  if (!benchFloorOn()) notFound();
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug);
  return <PageHeader title={tenant.name} description="The floor: the layout and nothing else." />;
}
