import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Method, TenantApiRoute } from "./tenant-route-types";
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

const API_DIR = path.join(process.cwd(), "app/api");
const TENANT_DIR = path.join(API_DIR, "tenants/[tenant]");
// The public API answers tokens, not sessions: e2e/public-api.spec.ts calls every operation of its
// OpenAPI document without a token, with a read token and with another workspace's token.
const PUBLIC_API_DIR = path.join(API_DIR, "v1");

/** HTTP methods a route file exports, in any of the forms Next accepts. */
export function exportedMethods(source: string): Method[] {
  const names = new Set<string>();
  for (const [, name] of source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(\w+)/g)) {
    names.add(name!);
  }
  // `export const { GET, POST } = handlers` and `export { handler as GET }`.
  for (const [, list] of source.matchAll(/export\s+(?:const\s+)?\{([^}]*)\}/g)) {
    for (const part of list!.split(","))
      names.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .at(-1)!,
      );
  }
  return (["GET", "POST", "PUT", "PATCH", "DELETE"] as const).filter((m) => names.has(m));
}

/** Method + path of every route handler under `dir`, read from the source; `skip` prunes subtrees. */
function discoverRoutes(dir: string, prefix: string, skip: string[] = []): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (skip.includes(full)) continue;
      // [param] → :param, [...rest] / [[...rest]] → :...rest
      const segment = entry.name.replace(/^\[{1,2}(.+?)\]{1,2}$/, ":$1");
      found.push(...discoverRoutes(full, `${prefix}/${segment}`, skip));
    } else if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
      for (const method of exportedMethods(readFileSync(full, "utf8"))) {
        found.push(`${method} ${prefix}`);
      }
    }
  }
  return found;
}

/** Method + path of every route handler under app/api/tenants/[tenant]. */
export const discoverTenantRoutes = () => discoverRoutes(TENANT_DIR, "/api/tenants/:tenant");

export function unlistedTenantRoutes(): string[] {
  // A row may carry a query string (routes that need one to answer 200); it is not part of the route.
  const listed = new Set(TENANT_API_ROUTES.map((r) => `${r.method} ${r.path.split("?")[0]}`));
  return discoverTenantRoutes().filter((route) => !listed.has(route));
}

/**
 * API routes outside a tenant, with what each kind of caller gets. `anonymous`: no session;
 * `member`: a signed-in user (of another workspace: these routes must not reveal anyone else's).
 * The cron route has no CRON_SECRET on the e2e server, so it refuses everyone (503); its bearer
 * check is proven in lib/services/keywords/cron-route.int.test.ts.
 */
export const OTHER_API_ROUTES: {
  method: Method;
  path: string;
  /** "signup" / "workspace" bodies are filled in by the test with fresh unique values. */
  body?: "signup" | "workspace" | Record<string, unknown>;
  anonymous: number;
  member: number;
}[] = [
  { method: "GET", path: "/api/health", anonymous: 200, member: 200 },
  // The public API's document: public, like any API reference (it holds no data).
  { method: "GET", path: "/api/v1/openapi.json", anonymous: 200, member: 200 },
  // Bench only (BENCH_FLOOR=on, set by npm run bench / load): a 404 on every other server.
  { method: "GET", path: "/api/bench/floor", anonymous: 404, member: 404 },
  { method: "POST", path: "/api/signup", body: "signup", anonymous: 201, member: 201 },
  { method: "GET", path: "/api/tenants", anonymous: 401, member: 200 },
  { method: "POST", path: "/api/tenants", body: "workspace", anonymous: 401, member: 201 },
  { method: "GET", path: "/api/cron/keyword-checks", anonymous: 503, member: 503 },
  { method: "POST", path: "/api/cron/keyword-checks", anonymous: 503, member: 503 },
  // Auth.js's own endpoints: the session is empty without a cookie; sign-in needs its CSRF token.
  { method: "GET", path: "/api/auth/session", anonymous: 200, member: 200 },
  { method: "POST", path: "/api/auth/callback/credentials", anonymous: 302, member: 302 },
  // Accounts: a link token that exists nowhere is refused (404/410) after the session gate.
  {
    method: "POST",
    path: "/api/invitations/accept",
    body: { token: "e2e-no-such-token-0123456789abcdefghijkl" },
    anonymous: 401,
    member: 404,
  },
  {
    method: "POST",
    path: "/api/invitations/sign-up",
    body: {
      token: "e2e-no-such-token-0123456789abcdefghijkl",
      name: "Nobody",
      password: "unguessable-words-7731",
    },
    anonymous: 404,
    member: 404,
  },
  {
    method: "POST",
    path: "/api/password/forgot",
    body: { email: "nobody-at-all@example.test" },
    anonymous: 202,
    member: 202,
  },
  {
    method: "POST",
    path: "/api/password/reset",
    body: { token: "e2e-no-such-token-0123456789abcdefghijkl", password: "unguessable-words-7731" },
    anonymous: 410,
    member: 410,
  },
  {
    method: "POST",
    path: "/api/account/password",
    body: { currentPassword: "wrong-password-1", newPassword: "unguessable-words-7731" },
    anonymous: 401,
    member: 422,
  },
  { method: "POST", path: "/api/account/verification", anonymous: 401, member: 202 },
  // Last: it ends the member's session (the rows above still need it).
  { method: "DELETE", path: "/api/account/sessions", anonymous: 401, member: 204 },
];

/** Whether a listed "METHOD /concrete/path" is served by a discovered "METHOD /api/:param/:...rest". */
function served(route: string, row: string) {
  const [method, pattern = ""] = route.split(" ");
  const [rowMethod, rowPath = ""] = row.split(" ");
  const regex = pattern.replace(/:\.\.\.\w+/g, ".+").replace(/:\w+/g, "[^/]+");
  return method === rowMethod && new RegExp(`^${regex}$`).test(rowPath);
}

export function unlistedOtherRoutes(): string[] {
  const rows = OTHER_API_ROUTES.map((r) => `${r.method} ${r.path}`);
  return discoverRoutes(API_DIR, "/api", [TENANT_DIR, PUBLIC_API_DIR]).filter(
    (route) => !rows.some((row) => served(route, row)),
  );
}
