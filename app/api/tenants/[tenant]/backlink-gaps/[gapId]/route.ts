// GET /api/tenants/:tenant/backlink-gaps/:gapId?minCompetitors=&minAuthority=&dofollowOnly=&excludeTlds=&excludeDomains=
// — the analysis, its progress, and (once done) its rows under the filters.
import { withTenant } from "@/lib/api/with-tenant";
import { gapResult } from "@/lib/services/backlinks/gap/gap-service";
import { gapFiltersQuerySchema, gapParamsSchema } from "@/lib/validations/backlink-gap";

export const GET = withTenant(
  { params: gapParamsSchema, query: gapFiltersQuerySchema },
  async ({ db, tenant, params, query }) => gapResult(db, tenant.id, params.gapId, query),
);
