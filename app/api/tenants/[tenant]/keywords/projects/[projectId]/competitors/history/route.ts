// GET /api/tenants/:tenant/keywords/projects/:projectId/competitors/history?keywordId=&days= — one keyword's positions beside its competitors'.
import { withTenant } from "@/lib/api/with-tenant";
import { competitorKeywordHistory } from "@/lib/services/keywords/competitors/competitor-history";
import { competitorHistoryQuerySchema } from "@/lib/validations/keyword-competitors";
import { projectParamsSchema } from "@/lib/validations/keywords";

export const GET = withTenant(
  { params: projectParamsSchema, query: competitorHistoryQuerySchema },
  async ({ db, tenant, params, query }) => {
    const since = new Date(Date.now() - query.days * 86_400_000);
    return competitorKeywordHistory(db, tenant.id, params.projectId, query.keywordId, since);
  },
);
