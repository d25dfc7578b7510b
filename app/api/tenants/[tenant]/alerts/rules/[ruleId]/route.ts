// PUT|DELETE /api/tenants/:tenant/alerts/rules/:ruleId — an admin changes or deletes a rule.
import { withTenant } from "@/lib/api/with-tenant";
import { removeAlertRule, replaceAlertRule } from "@/lib/services/alerts/rules-service";
import { alertRuleSchema, ruleParamsSchema } from "@/lib/validations/alerts";

export const PUT = withTenant(
  { role: "admin", params: ruleParamsSchema, body: alertRuleSchema },
  async ({ db, tenant, params, body }) => ({
    rule: await replaceAlertRule(db, tenant.id, params.ruleId, body),
  }),
);

export const DELETE = withTenant(
  { role: "admin", params: ruleParamsSchema },
  async ({ db, tenant, params }) => {
    await removeAlertRule(db, tenant.id, params.ruleId);
    return null;
  },
);
