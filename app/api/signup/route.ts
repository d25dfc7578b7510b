// POST /api/signup — creates a user (unverified), their workspace and their admin membership.
// The answer is the same when the email already has an account (that person gets an email).
import { appOrigin } from "@/lib/api/same-origin";
import { withPublic } from "@/lib/api/with-tenant";
import { assertWithinRate } from "@/lib/auth/request-rate";
import { CHECK_YOUR_EMAIL, signUp } from "@/lib/services/accounts";
import { signUpSchema } from "@/lib/validations/auth";

export const POST = withPublic({ body: signUpSchema }, async ({ db, req, body }) => {
  await assertWithinRate(db, "signup", req);
  await signUp(db, body, appOrigin(req));
  return Response.json({ message: CHECK_YOUR_EMAIL }, { status: 201 });
});
