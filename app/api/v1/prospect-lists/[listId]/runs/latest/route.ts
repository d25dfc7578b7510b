// GET /api/v1/prospect-lists/:listId/runs/latest — the latest metrics fetch's progress.

import { latestRun } from "@/lib/public-api/operations/prospects";
import { publicRoute } from "@/lib/public-api/public-route";
import { requireList } from "@/lib/services/prospects/lists";
import { currentRun, runView } from "@/lib/services/prospects/metrics-run";

export const GET = publicRoute(latestRun, async ({ db, tenant, params }) => {
  await requireList(db, tenant.id, params.listId);
  const run = await currentRun(db, tenant.id, params.listId);
  return { run: run ? runView(run) : null };
});
