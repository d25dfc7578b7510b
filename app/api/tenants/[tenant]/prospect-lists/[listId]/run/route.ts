// GET|POST /api/tenants/:tenant/prospect-lists/:listId/run — metrics fetch progress; start one.
import { withTenant } from "@/lib/api/with-tenant";
import { findIntegration } from "@/lib/db/queries/integrations";
import { requireList } from "@/lib/services/prospects/lists";
import { currentRun, runView, startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { notConnected } from "@/lib/services/seranking/tenant-client";
import { listParamsSchema, startRunSchema } from "@/lib/validations/prospects";

export const GET = withTenant({ params: listParamsSchema }, async ({ db, tenant, params }) => {
  await requireList(db, tenant.id, params.listId);
  const run = await currentRun(db, tenant.id, params.listId);
  return { run: run ? runView(run) : null };
});

// Answers 202 at once: the batches are fetched in the background and polled through GET.
export const POST = withTenant(
  { params: listParamsSchema, body: startRunSchema },
  async ({ db, tenant, userId, params, body }) => {
    if (!(await findIntegration(db, tenant.id))?.apiKey) throw notConnected();
    const { run } = await startMetricsRun(db, tenant.id, params.listId, {
      mode: body.mode,
      startedBy: userId,
    });
    return Response.json({ run: runView(run) }, { status: 202 });
  },
);
