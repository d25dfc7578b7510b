// POST /api/tenants/:tenant/prospect-lists/:listId/domains — add pasted or uploaded domains.
import { withTenant } from "@/lib/api/with-tenant";
import { addDomains } from "@/lib/services/prospects/lists";
import { ADD_BODY_LIMIT, addDomainsSchema, listParamsSchema } from "@/lib/validations/prospects";

export const POST = withTenant(
  { params: listParamsSchema, body: addDomainsSchema, bodyLimit: ADD_BODY_LIMIT },
  async ({ db, tenant, params, body }) => addDomains(db, tenant.id, params.listId, body.entries),
);
