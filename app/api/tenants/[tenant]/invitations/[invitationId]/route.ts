// DELETE /api/tenants/:tenant/invitations/:invitationId — revoke an open invitation (admins).
import { withTenant } from "@/lib/api/with-tenant";
import { revokeInvitation } from "@/lib/services/invitations";
import { invitationParamsSchema } from "@/lib/validations/account";

export const DELETE = withTenant(
  { role: "admin", params: invitationParamsSchema },
  async ({ db, tenant, userId, params }) => {
    await revokeInvitation(db, { tenant, actorUserId: userId }, params.invitationId);
    return null;
  },
);
