import { discoverRoutes, TENANT_DIR } from "./route-discovery";
import type { TenantApiRoute } from "./tenant-route-types";
import { ALERT_API_ROUTES } from "./tenant-routes-alerts";
import { BUDGET_API_ROUTES } from "./tenant-routes-budgets";
import { COMPETITOR_API_ROUTES } from "./tenant-routes-competitors";
import { GAP_API_ROUTES } from "./tenant-routes-gap";
import { GLANCE_API_ROUTES } from "./tenant-routes-glance";
import { HISTORY_IO_API_ROUTES } from "./tenant-routes-historyio";
import { KEYWORD_API_ROUTES } from "./tenant-routes-keywords";
import { MONITOR_API_ROUTES } from "./tenant-routes-monitor";
import { PROSPECT_API_ROUTES } from "./tenant-routes-prospects";
import { REFDOMAIN_API_ROUTES } from "./tenant-routes-refdomains";
import { REPORT_API_ROUTES } from "./tenant-routes-reports";
import { SCHEDULE_API_ROUTES } from "./tenant-routes-schedules";

export type { Method, TenantApiRoute } from "./tenant-route-types";

/**
 * Every tenant-scoped API route with the least role it needs. The security test calls each as a
 * stranger, an outsider member and (for admin routes) a marketer. `:userId` is filled in by the
 * test. A route file that is not listed here makes `unlistedTenantRoutes` fail the suite.
 */
export const TENANT_API_ROUTES: TenantApiRoute[] = [
  { method: "GET", path: "/api/tenants/:tenant", role: "marketer" },
  {
    method: "PATCH",
    path: "/api/tenants/:tenant",
    role: "admin",
    body: { timeZone: "Europe/Berlin" },
  },
  { method: "GET", path: "/api/tenants/:tenant/members", role: "marketer" },
  { method: "GET", path: "/api/tenants/:tenant/invitations", role: "admin" },
  {
    method: "POST",
    path: "/api/tenants/:tenant/invitations",
    role: "admin",
    body: { email: "x@example.test", role: "marketer" },
    status: 201,
  },
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/invitations/:invitationId",
    role: "admin",
    status: 404,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/invitations/:invitationId/resend",
    role: "admin",
    status: 404,
  },
  {
    method: "PATCH",
    path: "/api/tenants/:tenant/members/:userId",
    role: "admin",
    body: { role: "admin" },
  },
  { method: "DELETE", path: "/api/tenants/:tenant/members/:userId", role: "admin" },
  { method: "GET", path: "/api/tenants/:tenant/integrations/se-ranking", role: "marketer" },
  {
    method: "PUT",
    path: "/api/tenants/:tenant/integrations/se-ranking",
    role: "admin",
    body: { apiKey: "not-a-real-key-123" },
  },
  { method: "DELETE", path: "/api/tenants/:tenant/integrations/se-ranking", role: "admin" },
  {
    method: "POST",
    path: "/api/tenants/:tenant/integrations/se-ranking/test",
    role: "admin",
    body: { apiKey: "not-a-real-key-123" },
  },
  { method: "POST", path: "/api/tenants/:tenant/integrations/se-ranking/verify", role: "admin" },
  {
    method: "PUT",
    path: "/api/tenants/:tenant/integrations/se-ranking/dialect",
    role: "admin",
    body: { dialect: "provider-v3" },
  },
  // Public API tokens: admins only (the public API's own gates are e2e/public-api.spec.ts).
  { method: "GET", path: "/api/tenants/:tenant/api-tokens", role: "admin" },
  {
    method: "POST",
    path: "/api/tenants/:tenant/api-tokens",
    role: "admin",
    body: { name: "Route table", scope: "read" },
    status: 201,
  },
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/api-tokens/:tokenId",
    role: "admin",
    status: 404,
  },
  { method: "GET", path: "/api/tenants/:tenant/backlinks?domain=example.com", role: "marketer" },
  {
    method: "GET",
    path: "/api/tenants/:tenant/backlinks/summary?domain=example.com",
    role: "marketer",
  },
  { method: "GET", path: "/api/tenants/:tenant/backlinks/recent", role: "marketer" },
  // Whole-list exports: every member may start and download one, as every member pages the list.
  {
    method: "GET",
    path: "/api/tenants/:tenant/backlinks/exports?domain=example.com",
    role: "marketer",
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/backlinks/exports",
    role: "marketer",
    body: { domain: "example.com" },
    status: 202,
  },
  {
    method: "GET",
    path: "/api/tenants/:tenant/backlinks/exports/:exportId/download",
    role: "marketer",
    status: 404,
  },
  // Keyword projects (e2e/support/tenant-routes-keywords.ts).
  ...KEYWORD_API_ROUTES,
  ...GLANCE_API_ROUTES,
  // Keyword-project schedules (e2e/support/tenant-routes-schedules.ts).
  ...SCHEDULE_API_ROUTES,
  // History import (e2e/support/tenant-routes-historyio.ts).
  ...HISTORY_IO_API_ROUTES,
  // Referring domains and anchors (e2e/support/tenant-routes-refdomains.ts).
  ...REFDOMAIN_API_ROUTES,
  // Backlink gap analyses (e2e/support/tenant-routes-gap.ts).
  ...GAP_API_ROUTES,
  // Backlink monitoring (e2e/support/tenant-routes-monitor.ts).
  ...MONITOR_API_ROUTES,
  // Competitors and the position chart's events (e2e/support/tenant-routes-competitors.ts).
  ...COMPETITOR_API_ROUTES,
  // Credit budget and usage (e2e/support/tenant-routes-budgets.ts).
  ...BUDGET_API_ROUTES,
  // Client reports, share links and branding (e2e/support/tenant-routes-reports.ts).
  ...REPORT_API_ROUTES,
  // Alert rules, endpoints and the delivery log (e2e/support/tenant-routes-alerts.ts).
  ...ALERT_API_ROUTES,
  // The one run-status API (every kind of long work): no run has the placeholder id.
  { method: "GET", path: "/api/tenants/:tenant/runs/:kind/:id", role: "marketer", status: 404 },
  { method: "DELETE", path: "/api/tenants/:tenant/runs/:kind/:id", role: "marketer", status: 404 },
  {
    method: "POST",
    path: "/api/tenants/:tenant/runs/:kind/:id/retry",
    role: "marketer",
    status: 404,
  },
  // Prospect lists (e2e/support/tenant-routes-prospects.ts): last, the final row deletes `:listId`.
  ...PROSPECT_API_ROUTES,
];

export const TENANT_PAGES = [
  "",
  "/backlinks",
  "/backlink-gap",
  "/prospects",
  "/keywords",
  "/settings",
  "/monitoring",
  "/settings/usage",
  "/reports",
  "/settings/alerts",
];

/** Method + path of every route handler under app/api/tenants/[tenant]. */
export const discoverTenantRoutes = () => discoverRoutes(TENANT_DIR, "/api/tenants/:tenant");

export function unlistedTenantRoutes(): string[] {
  // A row may carry a query string (routes that need one to answer 200); it is not part of the route.
  const listed = new Set(TENANT_API_ROUTES.map((r) => `${r.method} ${r.path.split("?")[0]}`));
  return discoverTenantRoutes().filter((route) => !listed.has(route));
}
