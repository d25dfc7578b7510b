// GET /api/tenants/:tenant/backlink-gaps — the workspace's recent gap analyses.
// POST /api/tenants/:tenant/backlink-gaps — starts one {domain, competitors} as a job (202).
import { withTenant } from "@/lib/api/with-tenant";
import { listGaps, startGap } from "@/lib/services/backlinks/gap/gap-service";
import { gapDomainsSchema } from "@/lib/validations/backlink-gap";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  gaps: await listGaps(db, tenant.id),
}));

// Every member may start one, as every member may research backlinks.
export const POST = withTenant(
  { body: gapDomainsSchema, role: "marketer" },
  async ({ db, tenant, userId, body }) => {
    const gap = await startGap(db, tenant.id, userId, body);
    return Response.json({ gap }, { status: 202 });
  },
);
