// POST /api/signup — creates a user, their workspace and their admin membership.
import { withPublic } from "@/lib/api/with-tenant";
import { signUp } from "@/lib/services/accounts";
import { signUpSchema } from "@/lib/validations/auth";

export const POST = withPublic({ body: signUpSchema }, async ({ db, body }) => {
  const { tenant } = await signUp(db, body);
  return Response.json({ tenant: { slug: tenant.slug, name: tenant.name } }, { status: 201 });
});
