// GET|POST /api/tenants/:tenant/api-tokens — the workspace's API tokens (admins); create one, whose secret is answered this once.
import { withTenant } from "@/lib/api/with-tenant";
import { createToken, listTokens } from "@/lib/services/api-tokens";
import { createApiTokenSchema } from "@/lib/validations/api-tokens";

export const GET = withTenant({ role: "admin" }, async ({ db, tenant }) => ({
  tokens: await listTokens(db, tenant.id),
}));

export const POST = withTenant(
  { role: "admin", body: createApiTokenSchema },
  async ({ db, tenant, userId, body }) =>
    Response.json(await createToken(db, { tenantId: tenant.id, actorUserId: userId }, body), {
      status: 201,
    }),
);
