// "At a glance" rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES).
import type { TenantApiRoute } from "./tenant-route-types";

export const GLANCE_API_ROUTES: TenantApiRoute[] = [
  // Any well-formed project id shows the tenant gate answers first.
  {
    method: "GET",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/glance",
    role: "marketer",
    status: 404,
  },
];
