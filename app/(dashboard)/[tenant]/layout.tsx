import type { ReactNode } from "react";
import { Sidebar } from "@/components/layout/sidebar";
import { getDb } from "@/lib/db";
import { listTenantsForUser } from "@/lib/db/queries/tenants";
import { findUserById } from "@/lib/db/queries/users";
import { requireTenantPage } from "@/lib/services/page-access";

export default async function TenantLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { tenant: slug } = await params;
  const { userId, tenant, role } = await requireTenantPage(slug);
  const db = await getDb();
  const [tenants, user] = await Promise.all([
    listTenantsForUser(db, userId),
    findUserById(db, userId),
  ]);
  return (
    <div className="flex min-h-screen">
      <Sidebar
        current={{ slug: tenant.slug, name: tenant.name, role }}
        tenants={tenants.map((t) => ({ slug: t.slug, name: t.name }))}
        userEmail={user?.email ?? ""}
      />
      <main id="main" className="flex-1 overflow-x-auto px-8 py-6">
        {children}
      </main>
    </div>
  );
}
