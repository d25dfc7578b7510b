import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/services/page-access";

export const metadata: Metadata = { title: "Overview" };

const SECTIONS = [
  {
    path: "backlinks",
    title: "Backlinks",
    text: "Research any domain's backlink profile: Trust Flow, Citation Flow, referring domains and every link.",
  },
  {
    path: "prospects",
    title: "Prospects",
    text: "Qualify hundreds of link-building prospects at once by comparing their authority metrics.",
  },
  {
    path: "keywords",
    title: "Keywords",
    text: "Track where your domains rank for their keywords, day by day.",
  },
];

export default async function OverviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant, role } = await requireTenantPage(slug);
  return (
    <>
      <PageHeader title={tenant.name} description="Your workspace at a glance." />
      <div className="grid gap-4 md:grid-cols-3">
        {SECTIONS.map((s) => (
          <Card key={s.path} title={s.title} description={s.text}>
            <Link
              href={`/${slug}/${s.path}`}
              className="text-sm font-medium text-brand-700 underline"
            >
              Open {s.title.toLowerCase()}
            </Link>
          </Card>
        ))}
      </div>
      {role === "admin" ? (
        <p className="mt-6 text-sm text-slate-600">
          Admin tools — members and the SE Ranking connection — are in{" "}
          <Link href={`/${slug}/settings`} className="font-medium text-brand-700 underline">
            Settings
          </Link>
          .
        </p>
      ) : null}
    </>
  );
}
