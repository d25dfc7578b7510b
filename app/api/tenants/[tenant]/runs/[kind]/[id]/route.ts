// GET|DELETE /api/tenants/:tenant/runs/:kind/:id — one run's progress (JobProgress); cancel it.
import { notFound } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import { runSourceFor } from "@/lib/jobs/run-sources";
import { runParamsSchema } from "@/lib/validations/runs";

const run = "This run";

export const GET = withTenant({ params: runParamsSchema }, async ({ db, tenant, params }) => {
  const source = runSourceFor(params.kind);
  const progress = source ? await source.read(db, tenant.id, params.id) : null;
  if (!progress) throw notFound(run);
  return progress;
});

// The same role as starting the run: whoever may start it may stop it.
export const DELETE = withTenant(
  { role: "marketer", params: runParamsSchema },
  async ({ db, tenant, params }) => {
    const source = runSourceFor(params.kind);
    const progress = source ? await source.cancel(db, tenant.id, params.id) : null;
    if (!progress) throw notFound(run);
    return progress;
  },
);
