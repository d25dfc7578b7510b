// GET /api/tenants/:tenant/usage/cost?kind=… — what an export, snapshot or keyword check would
// cost now and what the monthly budget leaves, shown beside its button. Any member.
import { withTenant } from "@/lib/api/with-tenant";
import { costNote } from "@/lib/services/budgets/cost-note";
import { costQuerySchema } from "@/lib/validations/budget";

export const GET = withTenant({ query: costQuerySchema }, async ({ db, tenant, query }) => ({
  cost: await costNote(db, tenant.id, query),
}));
