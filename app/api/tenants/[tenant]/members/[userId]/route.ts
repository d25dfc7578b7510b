// PATCH|DELETE /api/tenants/:tenant/members/:userId — change a member's role or remove them (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { changeMemberRole, removeMember } from "@/lib/services/members";
import { memberParamsSchema, updateMemberSchema } from "@/lib/validations/members";

export const PATCH = withTenant(
  { role: "admin", params: memberParamsSchema, body: updateMemberSchema },
  async ({ db, tenant, userId, params, body }) => ({
    member: await changeMemberRole(
      db,
      { tenantId: tenant.id, actorUserId: userId },
      params.userId,
      body.role,
    ),
  }),
);

export const DELETE = withTenant(
  { role: "admin", params: memberParamsSchema },
  async ({ db, tenant, userId, params }) => {
    await removeMember(db, { tenantId: tenant.id, actorUserId: userId }, params.userId);
    return null;
  },
);
