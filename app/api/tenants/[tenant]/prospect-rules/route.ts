// GET|PUT /api/tenants/:tenant/prospect-rules — the workspace's qualification rules (marketers and admins).
import { withTenant } from "@/lib/api/with-tenant";
import { writeAudit } from "@/lib/db/queries/audit";
import { readRules, writeRules } from "@/lib/db/queries/prospect-rules";
import { rulesSchema } from "@/lib/validations/prospects";

export const GET = withTenant({}, async ({ db, tenant }) => readRules(db, tenant.id));

export const PUT = withTenant({ body: rulesSchema }, async ({ db, tenant, userId, body }) => {
  await writeRules(db, tenant.id, body, userId);
  await writeAudit(db, tenant.id, {
    actorUserId: userId,
    action: "prospect_rules.updated",
    target: "prospect_rules",
    details: { ...body },
  });
  return readRules(db, tenant.id);
});
