// PUT /api/tenants/:tenant/usage/budget — an admin sets the monthly credit budget (null = none).
import { withTenant } from "@/lib/api/with-tenant";
import { updateBudget } from "@/lib/services/budgets/usage-view";
import { budgetUpdateSchema } from "@/lib/validations/budget";

export const PUT = withTenant(
  { role: "admin", body: budgetUpdateSchema },
  async ({ db, tenant, userId, body }) => ({
    usage: await updateBudget(db, tenant.id, userId, body),
  }),
);
