// Client-report rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES).
// Every member may make reports and share links; only admins set the workspace's branding.
import type { TenantApiRoute } from "./tenant-route-types";

const REPORT = "/api/tenants/:tenant/reports/:reportId";

export const REPORT_API_ROUTES: TenantApiRoute[] = [
  { method: "GET", path: "/api/tenants/:tenant/reports", role: "marketer" },
  // No source: a report of the client domain alone is refused for its section (422 after the gates).
  {
    method: "POST",
    path: "/api/tenants/:tenant/reports",
    role: "marketer",
    body: { title: "Route table", clientDomain: "example.com", sections: ["rankings"] },
    status: 422,
  },
  // Routes under a report: any well-formed id shows the tenant gate answers first.
  { method: "GET", path: REPORT, role: "marketer", status: 404 },
  {
    method: "PUT",
    path: REPORT,
    role: "marketer",
    body: {
      title: "Route table",
      clientDomain: "example.com",
      sections: ["rankings"],
      projectId: "00000000-0000-4000-8000-000000000000",
    },
    status: 404,
  },
  { method: "DELETE", path: REPORT, role: "marketer", status: 404 },
  { method: "GET", path: `${REPORT}/share-links`, role: "marketer", status: 404 },
  {
    method: "POST",
    path: `${REPORT}/share-links`,
    role: "marketer",
    body: { expiresInDays: 30 },
    status: 404,
  },
  {
    method: "PATCH",
    path: `${REPORT}/share-links/:linkId`,
    role: "marketer",
    body: { expiresAt: "2026-01-01T00:00:00Z" },
    status: 404,
  },
  { method: "DELETE", path: `${REPORT}/share-links/:linkId`, role: "marketer", status: 404 },
  { method: "GET", path: "/api/tenants/:tenant/report-branding", role: "marketer" },
  {
    method: "PUT",
    path: "/api/tenants/:tenant/report-branding",
    role: "admin",
    body: { brandColor: "#123abc" },
  },
];
