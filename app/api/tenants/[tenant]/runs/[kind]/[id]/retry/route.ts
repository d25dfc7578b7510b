// POST /api/tenants/:tenant/runs/:kind/:id/retry — starts a run over what failed; answers its progress.
import { notFound } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import { runSourceFor } from "@/lib/jobs/run-sources";
import { runParamsSchema } from "@/lib/validations/runs";

export const POST = withTenant(
  { role: "marketer", params: runParamsSchema },
  async ({ db, tenant, userId, params }) => {
    const source = runSourceFor(params.kind);
    const progress = source ? await source.retry(db, tenant.id, params.id, userId) : null;
    if (!progress) throw notFound("This run");
    return Response.json(progress, { status: 202 });
  },
);
