// POST /api/v1/keyword-projects/:projectId/checks — check every keyword now (202; follow it through checks/latest).

import { startCheck } from "@/lib/public-api/operations/keywords";
import { publicRoute } from "@/lib/public-api/public-route";
import { checkView } from "@/lib/public-api/views/keywords";
import { startManualCheck } from "@/lib/services/keywords/check-service";

export const POST = publicRoute(startCheck, async ({ db, tenant, params }) => {
  const { run, started } = await startManualCheck(db, tenant.id, params.projectId);
  return { check: checkView(run), started };
});
