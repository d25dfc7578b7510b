import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { seedFeatureData } from "./support/feature-data";
import { UUID } from "./support/reports";
import { DEMO_KEY } from "./support/simulator";

// A client report shared by link: a browser without cookies sees it; revoked or expired, the
// same address is a 404. Time is never waited for: the expiry is moved into the past by the API.

async function expectNoSeriousViolations(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `axe on ${name}`).toEqual([]);
}

async function fitsAt390(page: Page, what: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what}: no sideways scroll at 390 px`).toBeLessThanOrEqual(390);
}

/** Opens `path` in a fresh context (no cookies, no session): what a client's browser gets. */
async function openAsStranger(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(path);
  return { context, page, response: response!, violations };
}

test("a share link shows the report to a browser without a session; revoked or expired it is a 404", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const { account, admin } = await connectedWorkspace(baseURL!, "reports", DEMO_KEY);
  const slug = account.tenantSlug;
  await seedFeatureData(admin, slug);
  await signInViaUi(page, account.email, account.password);

  // Created on the Reports page with the keyboard-reachable form.
  await page.goto(`/${slug}/reports`);
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "New report" });
  await form.getByLabel("Title").fill("Acme — December");
  await form.getByLabel("Client domain").fill("example.com");
  await form.getByLabel("Monitored domain").selectOption({ label: "example.com" });
  await form.getByLabel("Keyword project").selectOption({ index: 1 });
  await form.getByLabel("Prospect list").selectOption({ label: "Seeded list" });
  await form.getByRole("button", { name: "Create report" }).click();
  const item = page.getByTestId("report-item").filter({ hasText: "Acme — December" });
  await expect(item).toBeVisible();
  await expectNoSeriousViolations(page, "the Reports page");

  await item.getByRole("button", { name: "Create share link" }).click();
  const url = await item.getByTestId("share-link-url").inputValue();
  expect(url).toMatch(/\/r\/srr_[A-Za-z0-9_-]{43}$/);
  const path = new URL(url).pathname;

  // A stranger's browser: the report, its sections and charts, and nothing internal.
  const stranger = await openAsStranger(browser, path);
  expect(stranger.response.status()).toBe(200);
  expect(stranger.response.headers()["x-robots-tag"]).toContain("noindex");
  const shared = stranger.page;
  await expect(shared.getByRole("heading", { name: "Acme — December", level: 1 })).toBeVisible();
  await expect(shared.getByRole("region", { name: /Backlinks of example.com/ })).toBeVisible();
  await expect(shared.getByRole("region", { name: "Link prospects" })).toContainText("Prospects");
  await expect(shared.getByRole("region", { name: /Rankings of example.com/ })).toBeVisible();
  await expect(shared.getByRole("img", { name: "Backlinks and referring domains" })).toBeVisible();
  await expect(shared.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const html = await shared.content();
  expect(html).not.toMatch(UUID);
  expect(html).not.toContain(DEMO_KEY);
  // The RSC payload a client-side navigation would fetch holds no ids either.
  const rsc = await stranger.context.request.get(path, { headers: { RSC: "1" } });
  expect(await rsc.text()).not.toMatch(UUID);
  expect(stranger.response.headers()["content-security-policy"]).toContain("nonce-");
  await shared.waitForLoadState("networkidle");
  expect(stranger.violations).toEqual([]);
  await expectNoSeriousViolations(shared, "the shared report");
  await fitsAt390(shared, "the shared report");
  // The PDF: Chromium prints the same page (Debian's chromium is there wherever e2e runs).
  const pdf = await stranger.context.request.get(`${path}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toContain('filename="Acme-December.pdf"');
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // The print layout hides the page's buttons.
  await shared.emulateMedia({ media: "print" });
  await expect(shared.getByRole("button", { name: "Print" })).toBeHidden();
  await stranger.context.close();

  // Revoked from the Reports page: the same address is a 404 at once.
  await item.getByRole("button", { name: /^Revoke link/ }).click();
  await page.getByRole("button", { name: "Revoke link", exact: true }).click();
  await expect(item.getByTestId("share-link-state")).toHaveText("Revoked");
  const afterRevoke = await openAsStranger(browser, path);
  expect(afterRevoke.response.status()).toBe(404);
  expect(await afterRevoke.page.content()).not.toContain("Acme — December");
  expect((await afterRevoke.context.request.get(`${path}/pdf`)).status()).toBe(404);
  await afterRevoke.context.close();

  // Expired: a second link, its expiry moved into the past through the API.
  const reports = (await (await admin.get(`/api/tenants/${slug}/reports`)).json()).reports as {
    id: string;
  }[];
  const reportId = reports[0]!.id;
  const made = await admin.post(`/api/tenants/${slug}/reports/${reportId}/share-links`, {
    data: { expiresInDays: 7 },
  });
  expect(made.status()).toBe(201);
  const second = (await made.json()) as { link: { id: string }; path: string };
  const live = await openAsStranger(browser, second.path);
  expect(live.response.status()).toBe(200);
  await live.context.close();
  const expire = await admin.patch(
    `/api/tenants/${slug}/reports/${reportId}/share-links/${second.link.id}`,
    { data: { expiresAt: new Date(Date.now() - 60_000).toISOString() } },
  );
  expect(expire.status(), await expire.text()).toBe(200);
  expect((await expire.json()).link.state).toBe("expired");
  const afterExpiry = await openAsStranger(browser, second.path);
  expect(afterExpiry.response.status()).toBe(404);
  await afterExpiry.context.close();

  // The Reports page at 390 px.
  await page.reload();
  await fitsAt390(page, "the Reports page");
  await admin.dispose();
});
