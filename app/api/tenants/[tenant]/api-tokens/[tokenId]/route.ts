// DELETE /api/tenants/:tenant/api-tokens/:tokenId — revoke a token (admins): it answers 401 from the next request on.
import { withTenant } from "@/lib/api/with-tenant";
import { revokeToken } from "@/lib/services/api-tokens";
import { apiTokenParamsSchema } from "@/lib/validations/api-tokens";

export const DELETE = withTenant(
  { role: "admin", params: apiTokenParamsSchema },
  async ({ db, tenant, userId, params }) => ({
    token: await revokeToken(db, { tenantId: tenant.id, actorUserId: userId }, params.tokenId),
  }),
);
