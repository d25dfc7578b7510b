import { expect, type Page, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";

// The prospect table's sort and filters live in the URL: reload, Back and a shared link keep them.
const DOMAINS = ["example.com", "spammy-example.com", "authority-example.com", "small-example.com"];
const row = (page: Page, domain: string) =>
  page.getByTestId("prospect-row").filter({ has: page.getByText(domain, { exact: true }) });
const firstDomain = (page: Page) =>
  page.getByTestId("prospect-row").first().getByRole("cell").nth(1);

test("prospects: sort (by keyboard) and filters survive a reload, Back and a shared link", async ({
  page,
  browser,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "pview", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  const { list } = await (await admin.post(api, { data: { name: "View" } })).json();
  await admin.post(`${api}/${list.id}/domains`, { data: { entries: DOMAINS } });
  expect((await admin.post(`${api}/${list.id}/run`, { data: {} })).status()).toBe(202);
  await expect
    .poll(async () => (await (await admin.get(`${api}/${list.id}/run`)).json()).run?.status)
    .toBe("done");

  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);
  await expect(page.getByTestId("prospect-row")).toHaveCount(DOMAINS.length);

  // Keyboard: focus the Domain header's button, Enter sorts A→Z, Enter again Z→A.
  const header = page.getByRole("columnheader", { name: "Domain", exact: true });
  await header.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=domain/);
  await expect(firstDomain(page)).toHaveText("authority-example.com");
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort=-domain/);
  await expect(firstDomain(page)).toHaveText("spammy-example.com");

  // Filters: a search narrows the rows (example.com has no "-example") and is in the URL too.
  await page.getByLabel("Search domains").fill("-example");
  await expect(page).toHaveURL(/q=-example/);
  await expect(page.getByTestId("prospect-row")).toHaveCount(DOMAINS.length - 1);
  await page.getByLabel("Verdict").selectOption("reject");
  await expect(page).toHaveURL(/verdict=reject/);
  await expect(row(page, "spammy-example.com")).toBeVisible();
  const rejected = await page.getByTestId("prospect-row").count();
  await expect(page.getByTestId("prospect-row").filter({ hasText: "pass" })).toHaveCount(0);

  const shared = page.url();

  // Back undoes the verdict filter (typing replaced its step), then the second sort step.
  await page.goBack();
  await expect(page.getByLabel("Verdict")).toHaveValue("all");
  await expect(page.getByTestId("prospect-row")).toHaveCount(DOMAINS.length - 1);
  await page.goBack();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("prospect-row")).toHaveCount(DOMAINS.length);

  // Loading the filtered address afresh (a reload, a bookmark) shows the same view again.
  await page.goto(shared);
  await expect(page.getByLabel("Verdict")).toHaveValue("reject");
  await expect(page.getByLabel("Search domains")).toHaveValue("-example");
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByTestId("prospect-row")).toHaveCount(rejected);
  await page.screenshot({ path: "test-results/prospects-view.png", fullPage: true });

  // A colleague opening the same link sees the same view.
  const other = await browser.newPage();
  await signInViaUi(other, account.email, account.password);
  await other.goto(shared);
  await expect(other.getByLabel("Verdict")).toHaveValue("reject");
  await expect(other.getByTestId("prospect-row")).toHaveCount(rejected);
  await other.close();
  await admin.dispose();
});
