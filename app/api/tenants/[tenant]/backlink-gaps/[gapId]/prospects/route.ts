// POST /api/tenants/:tenant/backlink-gaps/:gapId/prospects {domains, listId | newListName} — the
// selected rows into a prospect list, each keeping "found by gap vs. …".
import { withTenant } from "@/lib/api/with-tenant";
import { addGapRowsToList } from "@/lib/services/backlinks/gap/gap-prospects";
import { gapParamsSchema, gapToProspectsSchema } from "@/lib/validations/backlink-gap";

export const POST = withTenant(
  { params: gapParamsSchema, body: gapToProspectsSchema, role: "marketer" },
  async ({ db, tenant, params, body }) => addGapRowsToList(db, tenant.id, params.gapId, body),
);
