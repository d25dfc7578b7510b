import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import {
  connectKey,
  inviteAndJoin,
  newAccount,
  signedInContext,
  signInViaUi,
  signUpViaApi,
} from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";
import { TENANT_API_ROUTES, TENANT_PAGES, unlistedTenantRoutes } from "./support/tenant-routes";

const victim = newAccount("victim");
const outsider = newAccount("outsider");
let victimAdmin: APIRequestContext;
let victimMarketerId: string;
let marketerPassword: string;
let victimListId: string;
const marketerEmail = `marketer-${victim.tenantSlug}@example.test`;

test.beforeAll(async ({ baseURL }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(anonymous, victim);
  await signUpViaApi(anonymous, outsider);
  await anonymous.dispose();
  victimAdmin = await signedInContext(baseURL!, victim.email, victim.password);
  // Routes that read SE Ranking data answer 200 to a member only once a key is connected.
  await connectKey(victimAdmin, victim.tenantSlug, DEMO_KEY);
  const joined = await inviteAndJoin(
    victimAdmin,
    baseURL!,
    victim.tenantSlug,
    "marketer",
    marketerEmail,
  );
  await joined.member.dispose();
  victimMarketerId = joined.userId;
  marketerPassword = joined.password;
  const list = await victimAdmin.post(`/api/tenants/${victim.tenantSlug}/prospect-lists`, {
    data: { name: "Victim's prospects" },
  });
  victimListId = (await list.json()).list.id;
});

// Any other :param (a resource id) gets a well-formed id that exists nowhere.
const fill = (p: string) =>
  p
    .replace(":tenant", victim.tenantSlug)
    .replace(":userId", victimMarketerId)
    .replace(":listId", victimListId)
    .replace(/:\w+/g, "00000000-0000-4000-8000-000000000000");
const call = (ctx: APIRequestContext, route: (typeof TENANT_API_ROUTES)[number]) =>
  ctx.fetch(fill(route.path), { method: route.method, data: route.body });

test("every tenant API route is covered by this table", () => {
  expect(unlistedTenantRoutes()).toEqual([]);
});

test("without a session: API routes answer 401, pages redirect to sign-in", async ({
  baseURL,
  page,
}) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  for (const route of TENANT_API_ROUTES) {
    const response = await call(anonymous, route);
    expect(response.status(), `${route.method} ${route.path}`).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  }
  for (const suffix of TENANT_PAGES) {
    await page.goto(`/${victim.tenantSlug}${suffix}`);
    await expect(page, `page ${suffix}`).toHaveURL(/\/sign-in\?callbackUrl=/);
  }
  await anonymous.dispose();
});

test("a member of another tenant gets 404 for every page and API route, and changes nothing", async ({
  baseURL,
  page,
}) => {
  const stranger = await signedInContext(baseURL!, outsider.email, outsider.password);
  for (const route of TENANT_API_ROUTES) {
    const response = await call(stranger, route);
    expect(response.status(), `${route.method} ${route.path}`).toBe(404);
  }
  await signInViaUi(page, outsider.email, outsider.password);
  for (const suffix of TENANT_PAGES) {
    const response = await page.goto(`/${victim.tenantSlug}${suffix}`);
    expect(response?.status(), `page ${suffix}`).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  // An unknown tenant looks exactly the same, so slugs cannot be probed.
  expect((await stranger.get("/api/tenants/no-such-tenant-here")).status()).toBe(404);
  const members = await (await victimAdmin.get(`/api/tenants/${victim.tenantSlug}/members`)).json();
  expect(
    members.members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`).sort(),
  ).toEqual([`${victim.email}:admin`, `${marketerEmail}:marketer`].sort());
  await stranger.dispose();
});

test("a marketer gets 403 for admin routes and 200 for member routes", async ({ baseURL }) => {
  const marketer = await signedInContext(baseURL!, marketerEmail, marketerPassword);
  for (const route of TENANT_API_ROUTES) {
    const response = await call(marketer, route);
    if (route.role === "admin") {
      expect(response.status(), `${route.method} ${route.path}`).toBe(403);
      expect((await response.json()).error.message).toMatch(/admins/);
    } else {
      expect(response.status(), `${route.method} ${route.path}`).toBe(route.status ?? 200);
    }
  }
  await marketer.dispose();
});
