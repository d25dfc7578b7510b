// GET|PATCH|DELETE /api/tenants/:tenant/keywords/projects/:projectId — rankings table; daily checks on/off; stop tracking.
import { notFound } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import { updateProject } from "@/lib/db/queries/keyword-projects";
import { stopTrackingProject } from "@/lib/services/keywords/delete-service";
import { projectRankings } from "@/lib/services/keywords/project-service";
import { projectParamsSchema, updateProjectSchema } from "@/lib/validations/keywords";

export const GET = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) =>
  projectRankings(db, tenant.id, params.projectId),
);

export const PATCH = withTenant(
  { params: projectParamsSchema, body: updateProjectSchema },
  async ({ db, tenant, params, body }) => {
    const project = await updateProject(db, tenant.id, params.projectId, body);
    if (!project) throw notFound("This tracked domain");
    return { project };
  },
);

export const DELETE = withTenant(
  { params: projectParamsSchema },
  async ({ db, tenant, params }) => {
    await stopTrackingProject(db, tenant.id, params.projectId);
    return null;
  },
);
