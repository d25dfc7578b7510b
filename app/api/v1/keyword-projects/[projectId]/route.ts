// GET /api/v1/keyword-projects/:projectId — one keyword project.

import { getProject } from "@/lib/public-api/operations/keywords";
import { publicRoute } from "@/lib/public-api/public-route";
import { projectView } from "@/lib/public-api/views/keywords";
import { requireProject } from "@/lib/services/keywords/project-service";

export const GET = publicRoute(getProject, async ({ db, tenant, params }) => ({
  project: projectView(await requireProject(db, tenant.id, params.projectId)),
}));
