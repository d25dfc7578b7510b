import { headers } from "next/headers";
import type { ReactNode } from "react";
import { DateFormatProvider } from "@/components/format/date-format";
import { IntegrationBanner } from "@/components/layout/integration-banner";
import { Sidebar } from "@/components/layout/sidebar";
import { getDb } from "@/lib/db";
import { listTenantsForUser } from "@/lib/db/queries/tenants";
import { env } from "@/lib/env";
import { localeFromHeader } from "@/lib/format/date-time";
import { requireTenantPage } from "@/lib/services/page-access";
import { isSimulatorUrl } from "@/lib/services/seranking/demo-mode";
import { integrationBannerState } from "@/lib/services/seranking/integration-service";
import { Providers } from "../../providers";

export default async function TenantLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { tenant: slug } = await params;
  const { userId, tenant, role, user } = await requireTenantPage(slug);
  const db = await getDb();
  const [tenants, integration, requestHeaders] = await Promise.all([
    listTenantsForUser(db, userId),
    integrationBannerState(db, tenant.id),
    headers(),
  ]);
  const dateFormat = {
    locale: localeFromHeader(requestHeaders.get("accept-language")),
    timeZone: tenant.timeZone,
  };
  return (
    <Providers>
      <DateFormatProvider value={dateFormat}>
        <div className="min-h-screen md:flex">
          <Sidebar
            current={{ slug: tenant.slug, name: tenant.name, role }}
            tenants={tenants.map((t) => ({ slug: t.slug, name: t.name }))}
            userEmail={user?.email ?? ""}
            demo={isSimulatorUrl(env().SERANKING_BASE_URL)}
          />
          <main id="main" className="min-w-0 flex-1 px-4 py-4 md:px-8 md:py-6">
            {user && !user.emailVerified ? (
              <p
                role="status"
                data-testid="unverified-banner"
                className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
              >
                Confirm your email: follow the link we sent to {user.email}. Until then you cannot
                connect an SE Ranking key or accept invitations.{" "}
                <a href="/account" className="font-medium underline">
                  Send a new link
                </a>
              </p>
            ) : null}
            {integration.state === "needs_attention" ? (
              <IntegrationBanner
                slug={tenant.slug}
                isAdmin={role === "admin"}
                reason={integration.lastError}
              />
            ) : null}
            {children}
          </main>
        </div>
      </DateFormatProvider>
    </Providers>
  );
}
