// POST /api/tenants/:tenant/integrations/se-ranking/verify — re-checks the stored key (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { integrationStatus, reverifyKey } from "@/lib/services/seranking/integration-service";

export const POST = withTenant({ role: "admin" }, async ({ db, tenant, userId }) => {
  await reverifyKey(db, { tenantId: tenant.id, actorUserId: userId });
  return { integration: await integrationStatus(db, tenant.id) };
});
