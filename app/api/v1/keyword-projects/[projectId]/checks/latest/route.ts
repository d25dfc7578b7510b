// GET /api/v1/keyword-projects/:projectId/checks/latest — the latest check's progress.

import { latestCheck } from "@/lib/public-api/operations/keywords";
import { publicRoute } from "@/lib/public-api/public-route";
import { checkView } from "@/lib/public-api/views/keywords";
import { followLatestRun } from "@/lib/services/keywords/check-service";
import { requireProject } from "@/lib/services/keywords/project-service";

export const GET = publicRoute(latestCheck, async ({ db, tenant, params }) => {
  await requireProject(db, tenant.id, params.projectId);
  const run = await followLatestRun(db, tenant.id, params.projectId);
  return { check: run ? checkView(run) : null };
});
