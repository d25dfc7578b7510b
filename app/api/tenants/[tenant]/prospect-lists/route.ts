// GET|POST /api/tenants/:tenant/prospect-lists — the workspace's prospect lists; create one.
import { withTenant } from "@/lib/api/with-tenant";
import { listProspectLists } from "@/lib/db/queries/prospect-lists";
import { createList } from "@/lib/services/prospects/lists";
import { createListSchema } from "@/lib/validations/prospects";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  lists: await listProspectLists(db, tenant.id),
}));

export const POST = withTenant({ body: createListSchema }, async ({ db, tenant, body }) => {
  const list = await createList(db, tenant.id, body.name);
  return Response.json({ list }, { status: 201 });
});
