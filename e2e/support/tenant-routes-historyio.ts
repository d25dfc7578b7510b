// History import rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES).
// The export is listed with the other keyword routes (tenant-routes-keywords.ts).
import type { TenantApiRoute } from "./tenant-route-types";

export const HISTORY_IO_API_ROUTES: TenantApiRoute[] = [
  // A write of history: marketers and admins (the only roles). Any well-formed project id shows
  // the tenant and role gates answer first; nothing is read into a project that exists nowhere.
  // No body: the table's requests carry no Content-Type, and this route takes text/csv only.
  {
    method: "POST",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/import",
    role: "marketer",
    status: 404,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/import?dryRun=true",
    role: "marketer",
    status: 404,
  },
];
