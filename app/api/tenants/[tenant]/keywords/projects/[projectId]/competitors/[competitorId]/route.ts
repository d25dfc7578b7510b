// DELETE /api/tenants/:tenant/keywords/projects/:projectId/competitors/:competitorId — stop following a competitor (its history goes with it).
import { withTenant } from "@/lib/api/with-tenant";
import { removeCompetitor } from "@/lib/services/keywords/competitors/competitor-service";
import { competitorParamsSchema } from "@/lib/validations/keyword-competitors";

export const DELETE = withTenant(
  { params: competitorParamsSchema },
  async ({ db, tenant, params }) => {
    await removeCompetitor(db, tenant.id, params.projectId, params.competitorId);
    return null;
  },
);
