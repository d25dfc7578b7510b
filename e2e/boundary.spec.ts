import { expect, request as playwrightRequest, test } from "@playwright/test";
import { freshClient, newAccount, signedInContext, signUpViaApi } from "./support/accounts";

// The findings at the edge of the app: redirects, cross-site forms, content types, control
// characters, oversized sign-in bodies and headers. Each is refused with nothing stored.

test("sign-in never redirects off-site, whatever callbackUrl says", async ({
  browser,
  baseURL,
}) => {
  const owner = newAccount("redirect");
  const api = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(api, owner);
  await api.dispose();
  const variants = [
    "/\\evil.test/",
    "/\t/evil.test/",
    "//evil.test/",
    "https://evil.test/",
    "/%5Cevil.test/",
  ];
  for (const callbackUrl of variants) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    expect(new URL(page.url()).origin, JSON.stringify(callbackUrl)).toBe(baseURL);
    await context.close();
  }
});

test("a sibling origin's auto-submitted text/plain form cannot add anyone", async ({
  page,
  baseURL,
}) => {
  const owner = newAccount("csrf");
  await signUpViaApi(page.request, owner);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

  // Same site (localhost), another port: SameSite=Lax cookies go along with the form.
  const sibling = `http://localhost:${Number(new URL(baseURL!).port) + 7}`;
  const target = `${baseURL}/api/tenants/${owner.tenantSlug}/invitations`;
  await page.route(`${sibling}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form id="f" method="POST" action="${target}" enctype="text/plain">
        <input name='{"email":"evil@evil.test","role":"admin","x":"' value='"}'>
        </form><script>document.getElementById("f").submit()</script>`,
    }),
  );
  const answer = page.waitForResponse(target);
  await page.goto(`${sibling}/attack`);
  const response = await answer;
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("cross_origin");

  // Nothing was stored: no invitation, no mail.
  const admin = await signedInContext(baseURL!, owner.email, owner.password);
  const { invitations } = await (
    await admin.get(`/api/tenants/${owner.tenantSlug}/invitations`)
  ).json();
  expect(invitations).toEqual([]);
  // A non-browser client sending text/plain is refused too: JSON routes take JSON only.
  const plain = await admin.post(`/api/tenants/${owner.tenantSlug}/invitations`, {
    headers: { "Content-Type": "text/plain" },
    data: Buffer.from('{"email":"evil@evil.test","role":"admin"}'),
  });
  expect(plain.status()).toBe(415);
  await admin.dispose();
});

test("NUL bytes in names are a 422 naming the field, and nothing is stored", async ({
  baseURL,
}) => {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "X-Forwarded-For": freshClient() },
  });
  const account = newAccount("nul");
  for (const field of ["name", "tenantName", "tenantSlug"] as const) {
    const response = await api.post("/api/signup", {
      data: { ...account, [field]: `${account[field]}\u0000x` },
    });
    expect(response.status(), field).toBe(422);
    expect((await response.json()).error.fields[field], field).toMatch(/control characters/);
  }
  // The account and its address were never taken.
  const clean = await api.post("/api/signup", { data: account });
  expect(clean.status()).toBe(201);
  const owner = await signedInContext(baseURL!, account.email, account.password);
  const workspace = await owner.post("/api/tenants", {
    data: { tenantName: "Second\u0000", tenantSlug: `second-${account.tenantSlug}` },
  });
  expect(workspace.status()).toBe(422);
  expect((await workspace.json()).error.fields.tenantName).toMatch(/control characters/);
  const { tenants } = await (await owner.get("/api/tenants")).json();
  expect(tenants).toHaveLength(1);
  await Promise.all([api.dispose(), owner.dispose()]);
});

test("a 50 MB credentials body is refused with 413 before Auth.js reads it", async ({
  baseURL,
}) => {
  const api = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  const response = await api.post("/api/auth/callback/credentials", {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: Buffer.from(
      `csrfToken=${csrfToken}&email=a%40b.test&password=${"x".repeat(50 * 1024 * 1024)}`,
    ),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  // The server is still fine, and ordinary sign-in still works.
  const owner = newAccount("big");
  await signUpViaApi(api, owner);
  await (await signedInContext(baseURL!, owner.email, owner.password)).dispose();
  await api.dispose();
});

test("API JSON is never cached; HSTS only over HTTPS", async ({ baseURL }) => {
  const api = await playwrightRequest.newContext({ baseURL });
  // An error answer (no session) and a success answer of the route wrapper alike.
  expect((await api.get("/api/tenants")).headers()["cache-control"]).toBe("no-store");
  const owner = newAccount("nostore");
  await signUpViaApi(api, owner);
  const member = await signedInContext(baseURL!, owner.email, owner.password);
  expect((await member.get("/api/tenants")).headers()["cache-control"]).toBe("no-store");
  await member.dispose();
  const plain = await api.get("/sign-in");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const tls = await api.get("/sign-in", { headers: { "X-Forwarded-Proto": "https" } });
  expect(tls.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  await api.dispose();
});
