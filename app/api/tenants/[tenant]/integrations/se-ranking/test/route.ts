// POST /api/tenants/:tenant/integrations/se-ranking/test — checks a pasted key with SE Ranking; stores nothing (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { dialectLabel, testKeyApis } from "@/lib/services/seranking/integration-service";
import { apiKeyInputSchema } from "@/lib/validations/integration";

export const POST = withTenant(
  { role: "admin", body: apiKeyInputSchema },
  async ({ db, tenant, body }) => {
    const { account, dialect, projectOnly } = await testKeyApis(db, tenant.id, body.apiKey);
    return {
      account: account ?? {},
      // Set when only the Project API (rank tracking) accepts the key: why the Data API did not.
      projectOnlyReason: projectOnly?.dataReason ?? null,
      dialect: dialect.id,
      dialectLabel: dialectLabel(dialect.id),
      metricLabels: dialect.metricLabels,
    };
  },
);
