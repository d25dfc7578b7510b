import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsTabs } from "@/components/layout/settings-tabs";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireTenantPage } from "@/lib/services/page-access";
import { CreateTokenForm } from "./create-token-form";
import { TokensList } from "./tokens-list";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { role } = await requireTenantPage(slug);
  return (
    <>
      <PageHeader
        title="Settings"
        description="Tokens let this workspace's own scripts use the dashboard's API."
      />
      <SettingsTabs slug={slug} active="api" />
      <p className="mb-4 text-sm text-slate-600">
        Scripts send a token as <code>Authorization: Bearer srd_…</code> to <code>/api/v1</code>.{" "}
        <Link href="/api-reference" className="text-brand-700 underline">
          Read the API reference
        </Link>{" "}
        or fetch its OpenAPI document at <code>/api/v1/openapi.json</code>.
      </p>
      {role === "admin" ? (
        <>
          <Card
            title="Create a token"
            description="Its secret is shown once: store it where the script runs."
          >
            <CreateTokenForm slug={slug} />
          </Card>
          <Card
            className="mt-6"
            title="Tokens"
            description="Every request a token makes is on the audit trail."
          >
            <TokensList slug={slug} />
          </Card>
        </>
      ) : (
        <Alert tone="info">Only workspace admins create and revoke API tokens.</Alert>
      )}
    </>
  );
}
