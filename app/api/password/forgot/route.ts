// POST /api/password/forgot — mail a reset link when the address has an account. The answer
// is the same either way: it does not tell which addresses have accounts.
import { appOrigin } from "@/lib/api/same-origin";
import { withPublic } from "@/lib/api/with-tenant";
import { assertWithinRate } from "@/lib/auth/request-rate";
import { mailEnabled, mailUnavailable } from "@/lib/mail/send";
import { requestPasswordReset } from "@/lib/services/account-links";
import { forgotPasswordSchema } from "@/lib/validations/account";

export const POST = withPublic({ body: forgotPasswordSchema }, async ({ db, req, body }) => {
  if (!mailEnabled()) throw mailUnavailable(); // said for every address alike
  await assertWithinRate(db, "mail", req);
  await requestPasswordReset(db, body.email, appOrigin(req));
  return Response.json(
    { message: "If an account uses that address, we emailed it a link to reset the password." },
    { status: 202 },
  );
});
