// POST /api/tenants/:tenant/prospect-lists/:listId/bulk {action, domains, …} — delete, move to
// another list, tag or untag the selected prospects; answers what was done and what was ignored.
import { withTenant } from "@/lib/api/with-tenant";
import { applyBulkAction } from "@/lib/services/prospects/bulk";
import { BULK_BODY_LIMIT, prospectBulkSchema } from "@/lib/validations/prospect-bulk";
import { listParamsSchema } from "@/lib/validations/prospects";

// Every member edits prospect lists (as with add, rename and delete): no role beyond membership.
export const POST = withTenant(
  { params: listParamsSchema, body: prospectBulkSchema, bodyLimit: BULK_BODY_LIMIT },
  async ({ db, tenant, params, body }) => applyBulkAction(db, tenant.id, params.listId, body),
);
