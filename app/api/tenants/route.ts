// GET|POST /api/tenants — the signed-in user's workspaces; create another one.
import { withUser } from "@/lib/api/with-tenant";
import { listTenantsForUser } from "@/lib/db/queries/tenants";
import { createTenant } from "@/lib/services/accounts";
import { tenantInputSchema } from "@/lib/validations/auth";

export const GET = withUser({}, async ({ db, userId }) => ({
  tenants: await listTenantsForUser(db, userId),
}));

export const POST = withUser({ body: tenantInputSchema }, async ({ db, userId, body }) => {
  const tenant = await createTenant(db, userId, body);
  return Response.json({ tenant: { slug: tenant.slug, name: tenant.name } }, { status: 201 });
});
