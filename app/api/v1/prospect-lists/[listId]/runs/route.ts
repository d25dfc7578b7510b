// POST /api/v1/prospect-lists/:listId/runs — fetch metrics (202; follow it through runs/latest).
import { findIntegration } from "@/lib/db/queries/integrations";
import { startRun } from "@/lib/public-api/operations/prospects";
import { publicRoute } from "@/lib/public-api/public-route";
import { runView, startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { notConnected } from "@/lib/services/seranking/tenant-client";

export const POST = publicRoute(startRun, async ({ db, tenant, params, body }) => {
  if (!(await findIntegration(db, tenant.id))?.apiKey) throw notConnected();
  // Started by the workspace's script: no member's name on the run.
  const { run } = await startMetricsRun(db, tenant.id, params.listId, {
    mode: body.mode,
    startedBy: null,
  });
  return { run: runView(run) };
});
