// POST /api/invitations/accept — the signed-in, verified invitee joins the workspace.
import { withUser } from "@/lib/api/with-tenant";
import { acceptInvitation } from "@/lib/services/invitations";
import { acceptInvitationSchema } from "@/lib/validations/account";

export const POST = withUser({ body: acceptInvitationSchema }, async ({ db, body, ...user }) => ({
  joined: await acceptInvitation(db, user, body.token),
}));
