// POST /api/tenants/:tenant/integrations/se-ranking/test — checks a pasted key with SE Ranking; stores nothing (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { dialectLabel, testKeyApis } from "@/lib/services/seranking/integration-service";
import type { TestKeyReply } from "@/lib/services/seranking/integration-view";
import { apiKeyInputSchema } from "@/lib/validations/integration";

export const POST = withTenant(
  { role: "admin", body: apiKeyInputSchema },
  async ({ db, tenant, body }): Promise<TestKeyReply> => {
    const { account, dialect, projectOnly } = await testKeyApis(db, tenant.id, body.apiKey);
    return {
      account: account ?? {},
      projectOnlyReason: projectOnly?.dataReason ?? null,
      dialect: dialect.id,
      dialectLabel: dialectLabel(dialect.id),
      metricLabels: dialect.metricLabels,
    };
  },
);
