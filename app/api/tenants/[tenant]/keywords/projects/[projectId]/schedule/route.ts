// GET|PUT /api/tenants/:tenant/keywords/projects/:projectId/schedule — the check schedule (in step with SE Ranking's rank tracker); change it.
import { withTenant } from "@/lib/api/with-tenant";
import {
  getProjectSchedule,
  setProjectSchedule,
} from "@/lib/services/keywords/schedule/schedule-service";
import { updateScheduleSchema } from "@/lib/validations/keyword-schedule";
import { projectParamsSchema } from "@/lib/validations/keywords";

export const GET = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) => ({
  schedule: await getProjectSchedule(db, tenant.id, params.projectId),
}));

// Marketers may change it, as they may turn checks on and off and start them.
export const PUT = withTenant(
  { params: projectParamsSchema, body: updateScheduleSchema },
  async ({ db, tenant, params, body }) => ({
    schedule: await setProjectSchedule(db, tenant.id, params.projectId, body),
  }),
);
