// GET /api/tenants/:tenant/keywords/projects/:projectId/history?keywordIds=&days= — chart points for up to 10 keywords.
import { withTenant } from "@/lib/api/with-tenant";
import { keywordHistory } from "@/lib/services/keywords/project-service";
import { historyQuerySchema, projectParamsSchema } from "@/lib/validations/keywords";

export const GET = withTenant(
  { params: projectParamsSchema, query: historyQuerySchema },
  async ({ db, tenant, params, query }) => {
    const since = new Date(Date.now() - query.days * 86_400_000);
    return keywordHistory(db, tenant.id, params.projectId, query.keywordIds, since);
  },
);
