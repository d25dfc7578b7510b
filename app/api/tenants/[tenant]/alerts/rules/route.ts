// POST /api/tenants/:tenant/alerts/rules — an admin adds an alert rule.
import { withTenant } from "@/lib/api/with-tenant";
import { createAlertRule } from "@/lib/services/alerts/rules-service";
import { alertRuleSchema } from "@/lib/validations/alerts";

export const POST = withTenant(
  { role: "admin", body: alertRuleSchema },
  async ({ db, tenant, body }) =>
    Response.json({ rule: await createAlertRule(db, tenant.id, body) }, { status: 201 }),
);
