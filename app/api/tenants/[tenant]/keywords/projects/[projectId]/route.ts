// GET|PATCH|DELETE /api/tenants/:tenant/keywords/projects/:projectId — rankings table; daily checks on/off; stop tracking.
import { withTenant } from "@/lib/api/with-tenant";
import { stopTrackingProject } from "@/lib/services/keywords/delete-service";
import { projectRankings } from "@/lib/services/keywords/project-service";
import { setScheduleEnabled } from "@/lib/services/keywords/schedule/schedule-service";
import { projectParamsSchema, updateProjectSchema } from "@/lib/validations/keywords";

export const GET = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) =>
  projectRankings(db, tenant.id, params.projectId),
);

export const PATCH = withTenant(
  { params: projectParamsSchema, body: updateProjectSchema },
  async ({ db, tenant, params, body }) => {
    // Through the schedule service: SE Ranking's copy (check_freq) and the next check follow.
    return {
      project: await setScheduleEnabled(db, tenant.id, params.projectId, body.scheduleEnabled),
    };
  },
);

export const DELETE = withTenant(
  { params: projectParamsSchema },
  async ({ db, tenant, params }) => {
    await stopTrackingProject(db, tenant.id, params.projectId);
    return null;
  },
);
