// GET /api/tenants/:tenant/backlinks/anchors?domain=&sort=&dir=&q=&page=&limit=&format=&refresh= — a domain's anchor texts (cached; format=csv downloads the filtered list).
import { withTenant } from "@/lib/api/with-tenant";
import { anchorsTab } from "@/lib/services/backlinks/refdomains-view";
import { anchorsQuerySchema } from "@/lib/validations/refdomains";

export const GET = withTenant({ query: anchorsQuerySchema }, ({ db, tenant, query }) =>
  anchorsTab(db, tenant.id, query),
);
