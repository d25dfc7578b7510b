// Referring-domain and anchor rows of the cross-tenant and role tables (spread into
// TENANT_API_ROUTES): every member may read them, as every member reads the backlink list.
import type { TenantApiRoute } from "./tenant-route-types";

export const REFDOMAIN_API_ROUTES: TenantApiRoute[] = [
  {
    method: "GET",
    path: "/api/tenants/:tenant/backlinks/refdomains?domain=example.com",
    role: "marketer",
  },
  {
    method: "GET",
    path: "/api/tenants/:tenant/backlinks/anchors?domain=example.com",
    role: "marketer",
  },
];
