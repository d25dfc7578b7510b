// GET|PATCH|DELETE /api/tenants/:tenant/prospect-lists/:listId — a list with verdicts; rename; delete.
import { withTenant } from "@/lib/api/with-tenant";
import { listDetail } from "@/lib/services/prospects/list-detail";
import { deleteList, renameList } from "@/lib/services/prospects/lists";
import { listParamsSchema, renameListSchema } from "@/lib/validations/prospects";

export const GET = withTenant({ params: listParamsSchema }, async ({ db, tenant, params }) =>
  listDetail(db, tenant.id, params.listId),
);

export const PATCH = withTenant(
  { params: listParamsSchema, body: renameListSchema },
  async ({ db, tenant, params, body }) => ({
    list: await renameList(db, tenant.id, params.listId, body.name),
  }),
);

export const DELETE = withTenant({ params: listParamsSchema }, async ({ db, tenant, params }) => {
  await deleteList(db, tenant.id, params.listId);
  return null;
});
