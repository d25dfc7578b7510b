// GET|POST /api/tenants/:tenant/keywords/projects/:projectId/competitors — competitors with their latest positions; add one.
import { withTenant } from "@/lib/api/with-tenant";
import {
  addCompetitor,
  competitorsOverview,
} from "@/lib/services/keywords/competitors/competitor-service";
import { addCompetitorSchema } from "@/lib/validations/keyword-competitors";
import { projectParamsSchema } from "@/lib/validations/keywords";

export const GET = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) =>
  competitorsOverview(db, tenant.id, params.projectId),
);

export const POST = withTenant(
  { params: projectParamsSchema, body: addCompetitorSchema },
  async ({ db, tenant, params, body }) =>
    Response.json(await addCompetitor(db, tenant.id, params.projectId, body), { status: 201 }),
);
