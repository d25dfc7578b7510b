import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Every tenant-scoped API route with the least role it needs. The security test calls each as a
 * stranger, an outsider member and (for admin routes) a marketer. `:userId` is filled in by the
 * test. A route file that is not listed here makes `unlistedTenantRoutes` fail the suite.
 */
export const TENANT_API_ROUTES: {
  method: Method;
  path: string;
  role: "marketer" | "admin";
  body?: unknown;
  /** What the least role gets when it is allowed (default 200). */
  okStatus?: number;
}[] = [
  { method: "GET", path: "/api/tenants/:tenant", role: "marketer" },
  { method: "GET", path: "/api/tenants/:tenant/members", role: "marketer" },
  {
    method: "POST",
    path: "/api/tenants/:tenant/members",
    role: "admin",
    body: { email: "x@example.test", role: "marketer" },
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
  // Prospect lists. `:listId` is a list the victim's admin creates before the tests.
  { method: "GET", path: "/api/tenants/:tenant/prospect-lists", role: "marketer" },
  {
    method: "POST",
    path: "/api/tenants/:tenant/prospect-lists",
    role: "marketer",
    body: { name: "Marketer's list" },
    okStatus: 201,
  },
  { method: "GET", path: "/api/tenants/:tenant/prospect-lists/:listId", role: "marketer" },
  {
    method: "PATCH",
    path: "/api/tenants/:tenant/prospect-lists/:listId",
    role: "marketer",
    body: { name: "Renamed" },
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/prospect-lists/:listId/domains",
    role: "marketer",
    body: { entries: ["example.com"] },
  },
  { method: "GET", path: "/api/tenants/:tenant/prospect-lists/:listId/run", role: "marketer" },
  // The victim workspace has no SE Ranking key: past the role check, the answer is "not connected".
  {
    method: "POST",
    path: "/api/tenants/:tenant/prospect-lists/:listId/run",
    role: "marketer",
    body: { mode: "all" },
    okStatus: 409,
  },
  { method: "GET", path: "/api/tenants/:tenant/prospect-lists/:listId/export", role: "marketer" },
  { method: "GET", path: "/api/tenants/:tenant/prospect-rules", role: "marketer" },
  {
    method: "PUT",
    path: "/api/tenants/:tenant/prospect-rules",
    role: "marketer",
    body: { minTrustFlow: 12, minRatio: 0.5, spamMinCitationFlow: 30, spamMaxRatio: 0.3 },
  },
  // Last of the list routes: it deletes `:listId`.
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/prospect-lists/:listId",
    role: "marketer",
    okStatus: 204,
  },
];

export const TENANT_PAGES = ["", "/backlinks", "/prospects", "/keywords", "/settings"];

const API_ROOT = path.join(process.cwd(), "app/api/tenants/[tenant]");

/** Method + path of every route handler under app/api/tenants/[tenant], read from the source. */
export function discoverTenantRoutes(dir = API_ROOT, prefix = "/api/tenants/:tenant"): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const segment = entry.name.replace(/^\[(.+)\]$/, ":$1");
      found.push(...discoverTenantRoutes(full, `${prefix}/${segment}`));
    } else if (entry.name === "route.ts") {
      const source = readFileSync(full, "utf8");
      for (const [, method] of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
        found.push(`${method} ${prefix}`);
      }
    }
  }
  return found;
}

export function unlistedTenantRoutes(): string[] {
  const listed = new Set(TENANT_API_ROUTES.map((r) => `${r.method} ${r.path}`));
  return discoverTenantRoutes().filter((route) => !listed.has(route));
}
