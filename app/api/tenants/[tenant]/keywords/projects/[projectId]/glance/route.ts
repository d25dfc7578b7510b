// GET /api/tenants/:tenant/keywords/projects/:projectId/glance — "at a glance" figures after every
// check and per tag now (GlanceView).
import { withTenant } from "@/lib/api/with-tenant";
import { projectGlance } from "@/lib/services/keywords/glance/glance-service";
import { projectParamsSchema } from "@/lib/validations/keywords";

export const GET = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) =>
  projectGlance(db, tenant.id, params.projectId),
);
