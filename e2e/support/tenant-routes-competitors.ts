// Competitor and chart-event rows of the cross-tenant and role tables (spread into
// TENANT_API_ROUTES). Marketers and admins may follow competitors: every row's least role is
// "marketer". Routes carry a project id that exists nowhere: the tenant gate answers first, then 404.
import type { TenantApiRoute } from "./tenant-route-types";

export const COMPETITOR_API_ROUTES: TenantApiRoute[] = [
  {
    method: "GET",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/competitors",
    role: "marketer",
    status: 404,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/competitors",
    role: "marketer",
    body: { domain: "rival.com" },
    status: 404,
  },
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/competitors/:competitorId",
    role: "marketer",
    status: 404,
  },
  {
    method: "GET",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/competitors/history?keywordId=00000000-0000-4000-8000-000000000000",
    role: "marketer",
    status: 404,
  },
  {
    method: "GET",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/events",
    role: "marketer",
    status: 404,
  },
  {
    method: "PATCH",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/target",
    role: "marketer",
    body: { searchEngine: "bing", location: "United States" },
    status: 404,
  },
];
