// GET /api/tenants/:tenant/usage — this month's spend against the budget, credits by feature,
// member and month. Every member may read it (the figures shown before each run come from the
// same budget); only admins change the budget (./budget).
import { withTenant } from "@/lib/api/with-tenant";
import { usageView } from "@/lib/services/budgets/usage-view";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  usage: await usageView(db, tenant.id),
}));
