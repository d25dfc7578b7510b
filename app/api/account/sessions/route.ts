// DELETE /api/account/sessions — "sign out everywhere": every session of the account ends,
// this browser's included.
import { withUser } from "@/lib/api/with-tenant";
import { deleteUserSessions } from "@/lib/db/queries/sessions";

export const DELETE = withUser({}, async ({ db, userId }) => {
  await deleteUserSessions(db, userId);
  return null;
});
