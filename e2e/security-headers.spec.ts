import { expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { seedFeatureData } from "./support/feature-data";
import { DEMO_KEY } from "./support/simulator";

const COMMON = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

function expectCommonHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(COMMON))
    expect(headers[name], `${what}: ${name}`).toBe(value);
  expect(headers["permissions-policy"], what).toContain("camera=()");
}

/** Console errors and CSP violations the page reports, from now on. */
function watchForViolations(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      problems.push(`${page.url()}: ${message.text()} ${message.location().url}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

test("pages carry a nonce CSP without unsafe-eval; API answers a locked-down one", async ({
  baseURL,
}) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const first = await anonymous.get("/sign-in");
  const second = await anonymous.get("/sign-in");
  const csp = first.headers()["content-security-policy"];
  expectCommonHeaders(first.headers(), "sign-in page");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  // A fresh nonce per request, and it is the one on the page's scripts.
  const nonce = /'nonce-([^']+)'/.exec(csp ?? "")?.[1] ?? "missing";
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);
  expect(await first.text()).toContain(`nonce="${nonce}"`);

  for (const path of ["/api/health", "/api/tenants", "/api/auth/session"]) {
    const response = await anonymous.get(path);
    expectCommonHeaders(response.headers(), path);
    expect(response.headers()["content-security-policy"], path).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  }
  await anonymous.dispose();
});

test("every page works under the CSP: no violation, no console error", async ({
  page,
  baseURL,
}) => {
  // It visits every page of a seeded workspace, each until the network is idle: on a loaded
  // machine that is longer than one page's budget, so it gets three.
  test.slow();
  const problems = watchForViolations(page);
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  const { account, admin } = await connectedWorkspace(baseURL!, "csp", DEMO_KEY);
  const { pages } = await seedFeatureData(admin, account.tenantSlug);
  await signInViaUi(page, account.email, account.password);
  await page.goto("/new-workspace");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const suffix of pages) {
    await page.goto(`/${account.tenantSlug}${suffix}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  // Chunks loaded on demand (allowed by 'strict-dynamic') must have run: the backlinks cards and
  // table, and the prospects page's Recharts scatter.
  await page.goto(`/${account.tenantSlug}/backlinks?domain=example.com`);
  await expect(page.getByTestId("summary-totalBacklinks")).toBeVisible();
  await expect(page.getByTestId("backlink-row").first()).toBeVisible();
  await page.goto(`/${account.tenantSlug}${pages.find((p) => p.startsWith("/prospects"))}`);
  // The scatter is drawn once it comes near the screen.
  await page.getByTestId("tf-cf-scatter").scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(problems).toEqual([]);
  await admin.dispose();
});
