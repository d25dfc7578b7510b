// POST /api/tenants/:tenant/invitations/:invitationId/resend — a fresh link, 7 more days (admins).
import { appOrigin } from "@/lib/api/same-origin";
import { withTenant } from "@/lib/api/with-tenant";
import { resendInvitation } from "@/lib/services/invitations";
import { invitationParamsSchema } from "@/lib/validations/account";

export const POST = withTenant(
  { role: "admin", params: invitationParamsSchema },
  async ({ db, req, tenant, userId, params }) => ({
    invitation: await resendInvitation(
      db,
      { tenant, actorUserId: userId, origin: appOrigin(req) },
      params.invitationId,
    ),
  }),
);
