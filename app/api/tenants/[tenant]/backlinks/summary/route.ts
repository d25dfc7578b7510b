// GET /api/tenants/:tenant/backlinks/summary?domain=&refresh= — a domain's backlink summary (cached; refresh=1 forces).
import { withTenant } from "@/lib/api/with-tenant";
import { backlinksSummary } from "@/lib/services/backlinks/backlinks-service";
import { backlinksSummaryQuerySchema } from "@/lib/validations/backlinks";

export const GET = withTenant({ query: backlinksSummaryQuerySchema }, ({ db, tenant, query }) =>
  backlinksSummary(db, tenant.id, query.domain, { force: query.refresh }),
);
