// GET|POST /api/tenants/:tenant/invitations — open invitations (admins); invite by email (admins).
import { appOrigin } from "@/lib/api/same-origin";
import { withTenant } from "@/lib/api/with-tenant";
import { listOpenInvitations } from "@/lib/db/queries/invitations";
import { invitationView, inviteMember } from "@/lib/services/invitations";
import { inviteSchema } from "@/lib/validations/account";

export const GET = withTenant({ role: "admin" }, async ({ db, tenant }) => ({
  invitations: (await listOpenInvitations(db, tenant.id)).map(invitationView),
}));

export const POST = withTenant(
  { role: "admin", body: inviteSchema },
  async ({ db, req, tenant, userId, body }) => {
    const invitation = await inviteMember(
      db,
      { tenant, actorUserId: userId, origin: appOrigin(req) },
      body,
    );
    return Response.json({ invitation }, { status: 201 });
  },
);
