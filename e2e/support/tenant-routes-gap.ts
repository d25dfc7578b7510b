// Backlink-gap rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES).
import type { TenantApiRoute } from "./tenant-route-types";

const domains = { domain: "example.com", competitors: ["deep-example.com"] };

export const GAP_API_ROUTES: TenantApiRoute[] = [
  { method: "GET", path: "/api/tenants/:tenant/backlink-gaps", role: "marketer" },
  // The victim workspace has the demo key: the analysis starts (202) and runs in the background.
  {
    method: "POST",
    path: "/api/tenants/:tenant/backlink-gaps",
    role: "marketer",
    body: domains,
    status: 202,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/backlink-gaps/estimate",
    role: "marketer",
    body: domains,
  },
  // No gap has the placeholder id: the gates were passed when the answer is 404.
  {
    method: "GET",
    path: "/api/tenants/:tenant/backlink-gaps/:gapId",
    role: "marketer",
    status: 404,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/backlink-gaps/:gapId/prospects",
    role: "marketer",
    body: { domains: ["example.org"], newListName: "From a gap" },
    status: 404,
  },
];
