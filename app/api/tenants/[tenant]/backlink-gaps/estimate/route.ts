// POST /api/tenants/:tenant/backlink-gaps/estimate {domain, competitors} — what starting this gap
// would cost now (lists in the cache are free). Reads only; POST because the list is a body.
import { withTenant } from "@/lib/api/with-tenant";
import { estimateGap } from "@/lib/services/backlinks/gap/gap-service";
import { gapDomainsSchema } from "@/lib/validations/backlink-gap";

export const POST = withTenant(
  { body: gapDomainsSchema, role: "marketer" },
  async ({ db, tenant, body }) => ({ estimate: await estimateGap(db, tenant.id, body) }),
);
