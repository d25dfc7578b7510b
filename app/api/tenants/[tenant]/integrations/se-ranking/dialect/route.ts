// PUT /api/tenants/:tenant/integrations/se-ranking/dialect — switches the stored key to another SE Ranking API after verifying it there (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { changeDialect, integrationStatus } from "@/lib/services/seranking/integration-service";
import { dialectInputSchema } from "@/lib/validations/integration";

export const PUT = withTenant(
  { role: "admin", body: dialectInputSchema },
  async ({ db, tenant, userId, body }) => {
    await changeDialect(db, { tenantId: tenant.id, actorUserId: userId }, body.dialect);
    return { integration: await integrationStatus(db, tenant.id) };
  },
);
