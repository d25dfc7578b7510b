// GET /api/tenants/:tenant — the workspace and the caller's role in it.
import { withTenant } from "@/lib/api/with-tenant";

export const GET = withTenant({}, ({ tenant, role }) => ({
  tenant: { slug: tenant.slug, name: tenant.name, createdAt: tenant.createdAt },
  role,
}));
