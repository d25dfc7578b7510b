// POST /api/invitations/sign-up — creates the invited email's account (verified by the link).
import { withPublic } from "@/lib/api/with-tenant";
import { assertWithinRate } from "@/lib/auth/request-rate";
import { signUpFromInvitation } from "@/lib/services/invitations";
import { inviteeSignUpSchema } from "@/lib/validations/account";

export const POST = withPublic({ body: inviteeSignUpSchema }, async ({ db, req, body }) => {
  await assertWithinRate(db, "signup", req);
  const { email } = await signUpFromInvitation(db, body);
  return Response.json({ email }, { status: 201 });
});
