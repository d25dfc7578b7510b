import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import { freshClient, newAccount, signedInContext, signUpViaApi } from "./support/accounts";
import { OTHER_API_ROUTES, unlistedOtherRoutes } from "./support/other-routes";

// Routes outside /api/tenants/:tenant: who may call them, and that they reveal nobody else's data.

async function call(ctx: APIRequestContext, route: (typeof OTHER_API_ROUTES)[number]) {
  const fresh = newAccount("other");
  const data =
    route.body === "signup"
      ? fresh
      : route.body === "workspace"
        ? { tenantName: fresh.tenantName, tenantSlug: fresh.tenantSlug }
        : route.body;
  if (route.path === "/api/auth/callback/credentials") {
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    return ctx.post(route.path, {
      form: { csrfToken, email: fresh.email, password: "wrong-password-1" },
      maxRedirects: 0,
    });
  }
  // A made-up client per call: sign-up and mail requests are rate-limited per client.
  const headers = { "X-Forwarded-For": freshClient() };
  return ctx.fetch(route.path, { method: route.method, data, headers, maxRedirects: 0 });
}

test("every non-tenant API route is covered by the table", () => {
  expect(unlistedOtherRoutes()).toEqual([]);
});

test("non-tenant routes answer each caller as the table says", async ({ baseURL }) => {
  const owner = newAccount("lister");
  const other = newAccount("hidden");
  const anonymous = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(anonymous, owner);
  await signUpViaApi(anonymous, other);
  const member = await signedInContext(baseURL!, owner.email, owner.password);

  for (const route of OTHER_API_ROUTES) {
    const what = `${route.method} ${route.path}`;
    const asAnonymous = await call(anonymous, route);
    expect(asAnonymous.status(), `anonymous ${what}`).toBe(route.anonymous);
    if (route.anonymous === 401) {
      expect((await asAnonymous.json()).error.code, what).toBe("unauthorized");
    }
    const asMember = await call(member, route);
    expect(asMember.status(), `member ${what}`).toBe(route.member);
  }
  // The cron route runs nothing without its secret, whatever the caller sends.
  const cron = await anonymous.post("/api/cron/keyword-checks", {
    headers: { Authorization: "Bearer guess-guess-guess-guess" },
  });
  expect(cron.status()).toBe(503);
  expect((await cron.json()).error.message).toMatch(/CRON_SECRET/);

  // The table's last row signed the member out everywhere: that cookie is dead on the server.
  expect((await member.get("/api/tenants")).status()).toBe(401);
  const again = await signedInContext(baseURL!, owner.email, owner.password);
  // The workspace list is the caller's own: never another user's workspace.
  const { tenants } = await (await again.get("/api/tenants")).json();
  const slugs = tenants.map((t: { slug: string }) => t.slug);
  expect(slugs).toContain(owner.tenantSlug);
  expect(slugs).not.toContain(other.tenantSlug);
  const anonymousSession = await (await anonymous.get("/api/auth/session")).json();
  expect(anonymousSession).toBeNull();
  await Promise.all([anonymous.dispose(), member.dispose(), again.dispose()]);
});
