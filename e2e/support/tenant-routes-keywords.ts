// Keyword-project rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES).
import type { TenantApiRoute } from "./tenant-route-types";

export const KEYWORD_API_ROUTES: TenantApiRoute[] = [
  { method: "GET", path: "/api/tenants/:tenant/keywords/projects", role: "marketer" },
  {
    method: "POST",
    path: "/api/tenants/:tenant/keywords/projects",
    role: "marketer",
    body: { domain: "example.com", searchEngine: "google" },
  },
  // Keyword routes carry a project id; any well-formed id shows the tenant gate answers first.
  {
    method: "GET",
    path: "/api/tenants/:tenant/keywords/projects/:projectId",
    role: "marketer",
    status: 404,
  },
  {
    method: "PATCH",
    path: "/api/tenants/:tenant/keywords/projects/:projectId",
    role: "marketer",
    body: { scheduleEnabled: false },
    status: 404,
  },
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/keywords/projects/:projectId",
    role: "marketer",
    status: 404,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/keywords",
    role: "marketer",
    body: { text: "probe keyword" },
    status: 404,
  },
  {
    method: "PATCH",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/keywords/:keywordId",
    role: "marketer",
    body: { tags: "probe" },
    status: 404,
  },
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/keywords/:keywordId",
    role: "marketer",
    status: 404,
  },
  {
    method: "GET",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/checks",
    role: "marketer",
    status: 404,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/checks",
    role: "marketer",
    status: 404,
  },
  {
    method: "GET",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/history",
    role: "marketer",
    status: 422,
  },
  {
    method: "GET",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/export",
    role: "marketer",
    status: 404,
  },
];
