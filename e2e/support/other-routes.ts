import { API_DIR, discoverRoutes, PUBLIC_API_DIR, TENANT_DIR } from "./route-discovery";
import type { Method } from "./tenant-route-types";

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
