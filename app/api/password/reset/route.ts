// POST /api/password/reset — set a new password through an emailed link; all sessions end.
import { withPublic } from "@/lib/api/with-tenant";
import { resetPassword } from "@/lib/services/account-links";
import { resetPasswordSchema } from "@/lib/validations/account";

export const POST = withPublic({ body: resetPasswordSchema }, async ({ db, body }) => {
  const { email } = await resetPassword(db, body.token, body.password);
  return { email };
});
