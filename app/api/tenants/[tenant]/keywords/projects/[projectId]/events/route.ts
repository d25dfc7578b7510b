// GET /api/tenants/:tenant/keywords/projects/:projectId/events?days= — what the position chart marks: failed checks, engine changes, overtakes, lost links.
import { withTenant } from "@/lib/api/with-tenant";
import { chartEvents } from "@/lib/services/keywords/competitors/chart-events";
import { eventsQuerySchema } from "@/lib/validations/keyword-competitors";
import { projectParamsSchema } from "@/lib/validations/keywords";

export const GET = withTenant(
  { params: projectParamsSchema, query: eventsQuerySchema },
  async ({ db, tenant, params, query }) => {
    const since = new Date(Date.now() - query.days * 86_400_000);
    return chartEvents(db, tenant.id, params.projectId, since);
  },
);
