// GET /api/tenants/:tenant/backlinks?domain=&page=&limit=&sort=&dofollow=&refresh= — one page of a domain's backlinks (cached).
import { withTenant } from "@/lib/api/with-tenant";
import { backlinksPage } from "@/lib/services/backlinks/backlinks-service";
import { backlinksListQuerySchema } from "@/lib/validations/backlinks";

export const GET = withTenant({ query: backlinksListQuerySchema }, ({ db, tenant, query }) => {
  const { refresh, ...view } = query;
  return backlinksPage(db, tenant.id, view, { force: refresh });
});
