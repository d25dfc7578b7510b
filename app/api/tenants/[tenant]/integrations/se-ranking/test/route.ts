// POST /api/tenants/:tenant/integrations/se-ranking/test — checks a pasted key with SE Ranking; stores nothing (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { dialectLabel, testKey } from "@/lib/services/seranking/integration-service";
import { apiKeyInputSchema } from "@/lib/validations/integration";

export const POST = withTenant(
  { role: "admin", body: apiKeyInputSchema },
  async ({ db, tenant, body }) => {
    const { account, dialect } = await testKey(db, tenant.id, body.apiKey);
    return {
      account,
      dialect: dialect.id,
      dialectLabel: dialectLabel(dialect.id),
      metricLabels: dialect.metricLabels,
    };
  },
);
