// PATCH /api/tenants/:tenant/keywords/projects/:projectId/target — another search engine or location; recorded as an event on the chart.
import { withTenant } from "@/lib/api/with-tenant";
import { changeEngine } from "@/lib/services/keywords/competitors/engine-change";
import { changeTargetSchema } from "@/lib/validations/keyword-competitors";
import { projectParamsSchema } from "@/lib/validations/keywords";

export const PATCH = withTenant(
  { params: projectParamsSchema, body: changeTargetSchema },
  async ({ db, tenant, params, body }) => changeEngine(db, tenant.id, params.projectId, body),
);
