// GET|PUT|DELETE /api/tenants/:tenant/integrations/se-ranking — status (members); save or replace, disconnect (admins).
import { emailUnverified } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import {
  disconnectKey,
  integrationStatus,
  saveKey,
} from "@/lib/services/seranking/integration-service";
import { apiKeyInputSchema } from "@/lib/validations/integration";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  integration: await integrationStatus(db, tenant.id),
}));

export const PUT = withTenant(
  { role: "admin", body: apiKeyInputSchema },
  async ({ db, tenant, userId, emailVerified, body }) => {
    if (!emailVerified) throw emailUnverified("connect an SE Ranking key");
    await saveKey(db, { tenantId: tenant.id, actorUserId: userId }, body.apiKey);
    return { integration: await integrationStatus(db, tenant.id) };
  },
);

export const DELETE = withTenant({ role: "admin" }, async ({ db, tenant, userId }) => {
  await disconnectKey(db, { tenantId: tenant.id, actorUserId: userId });
  return { integration: await integrationStatus(db, tenant.id) };
});
