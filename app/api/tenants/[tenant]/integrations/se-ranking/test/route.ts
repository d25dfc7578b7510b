// POST /api/tenants/:tenant/integrations/se-ranking/test — checks a pasted key with SE Ranking; stores nothing (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { testKey } from "@/lib/services/seranking/integration-service";
import { apiKeyInputSchema } from "@/lib/validations/integration";

export const POST = withTenant(
  { role: "admin", body: apiKeyInputSchema },
  async ({ db, tenant, body }) => ({
    account: await testKey(db, tenant.id, body.apiKey),
  }),
);
