// GET /api/tenants/:tenant/backlinks/refdomains?domain=&sort=&dir=&q=&page=&limit=&format=&refresh= — a domain's referring domains (cached; format=csv downloads the filtered list).
import { withTenant } from "@/lib/api/with-tenant";
import { refdomainsTab } from "@/lib/services/backlinks/refdomains-view";
import { refdomainsQuerySchema } from "@/lib/validations/refdomains";

export const GET = withTenant({ query: refdomainsQuerySchema }, ({ db, tenant, query }) =>
  refdomainsTab(db, tenant.id, query),
);
