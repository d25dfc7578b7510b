// Backlink-monitoring rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES).
// Marketers and admins may monitor: every row's least role is "marketer".
import type { TenantApiRoute } from "./tenant-route-types";

export const MONITOR_API_ROUTES: TenantApiRoute[] = [
  { method: "GET", path: "/api/tenants/:tenant/monitoring", role: "marketer" },
  // The victim workspace has the demo key: monitoring starts and the first snapshot runs.
  {
    method: "POST",
    path: "/api/tenants/:tenant/monitoring",
    role: "marketer",
    body: { domain: "example.com" },
    status: 201,
  },
  // Routes under a monitored domain: any well-formed id shows the tenant gate answers first.
  {
    method: "GET",
    path: "/api/tenants/:tenant/monitoring/:monitorId",
    role: "marketer",
    status: 404,
  },
  {
    method: "PATCH",
    path: "/api/tenants/:tenant/monitoring/:monitorId",
    role: "marketer",
    body: { intervalDays: 14 },
    status: 404,
  },
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/monitoring/:monitorId",
    role: "marketer",
    status: 404,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/monitoring/:monitorId/snapshots",
    role: "marketer",
    status: 404,
  },
  {
    method: "PATCH",
    path: "/api/tenants/:tenant/monitoring/:monitorId/lost-links/:changeId",
    role: "marketer",
    body: { status: "dismissed" },
    status: 404,
  },
];
