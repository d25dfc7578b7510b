// POST /api/account/verification — mail a fresh email-verification link to the signed-in user.
import { appOrigin } from "@/lib/api/same-origin";
import { withUser } from "@/lib/api/with-tenant";
import { assertWithinRate } from "@/lib/auth/request-rate";
import { sendVerificationEmail } from "@/lib/services/account-links";

export const POST = withUser({}, async ({ db, req, userId }) => {
  await assertWithinRate(db, "mail", req);
  await sendVerificationEmail(db, userId, appOrigin(req));
  return Response.json({ message: "Check your email for the new link." }, { status: 202 });
});
