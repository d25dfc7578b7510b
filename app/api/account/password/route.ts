// POST /api/account/password — change the password; every other session of the account ends.
import { withUser } from "@/lib/api/with-tenant";
import { changePassword } from "@/lib/services/account-links";
import { changePasswordSchema } from "@/lib/validations/account";

export const POST = withUser(
  { body: changePasswordSchema },
  async ({ db, userId, sessionId, body }) => {
    await changePassword(db, { userId, sessionId }, body);
    return null;
  },
);
