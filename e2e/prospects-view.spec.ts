import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
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

test("prospects: one line per row, and the export holds what the table shows or what is selected", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "pexport", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  const { list } = await (await admin.post(api, { data: { name: "Export view" } })).json();
  await admin.post(`${api}/${list.id}/domains`, { data: { entries: DOMAINS } });
  expect((await admin.post(`${api}/${list.id}/run`, { data: {} })).status()).toBe(202);
  await expect
    .poll(async () => (await (await admin.get(`${api}/${list.id}/run`)).json()).run?.status)
    .toBe("done");
  const { prospects } = await (await admin.get(`${api}/${list.id}`)).json();
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);

  // One line per row: the verdict's reason sits beside the badge, whole in its tooltip.
  const first = prospects[0] as { domain: string; reason: string };
  const reason = row(page, first.domain).getByTitle(first.reason);
  await expect(reason).toHaveText(first.reason);
  const heights = await page
    .getByTestId("prospect-row")
    .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
  expect(Math.max(...heights)).toBeLessThan(56);

  const csvDomains = async (download: Promise<import("@playwright/test").Download>) => {
    const file = await (await download).path();
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    return rows.data.map((r) => r.Domain!).sort();
  };

  // Filtered: the export holds exactly the rows the filters keep.
  await page.getByLabel("Search domains").fill("-example");
  const kept = DOMAINS.filter((d) => d.includes("-example")).sort();
  await expect(page.getByTestId("prospect-row")).toHaveCount(kept.length);
  let download = page.waitForEvent("download");
  await page.getByRole("link", { name: `Export ${kept.length} filtered` }).click();
  expect(await csvDomains(download)).toEqual(kept);

  // Selected: only those rows, whatever the filters show.
  await page.getByLabel(`Select ${kept[0]}`).check();
  await page.getByLabel(`Select ${kept[1]}`).check();
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export 2 selected" }).click();
  expect(await csvDomains(download)).toEqual([kept[0], kept[1]]);
  await admin.dispose();
});

test("domains added from a CSV offer to fetch their metrics at once", async ({ page, baseURL }) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "pcsv", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  const { list } = await (await admin.post(api, { data: { name: "From CSV" } })).json();
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);

  await page.getByRole("tab", { name: "Upload CSV" }).click();
  await page.getByLabel("CSV file (at most 2 MB)").setInputFiles({
    name: "prospects.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`site,notes\n${DOMAINS.slice(0, 3).join(",x\n")},x\n`),
  });
  await page.getByRole("button", { name: "Add domains from the file" }).click();
  await expect(page.getByTestId("add-summary")).toContainText("3 added");
  await page.getByRole("button", { name: "Fetch the 3 new domains now" }).click();
  await expect(
    page.getByText("Fetching metrics: follow the progress under Metrics."),
  ).toBeVisible();
  // The fetch ran: every added domain ends with a verdict, none still "Metrics not fetched yet".
  await expect(page.getByTestId("prospect-row")).toHaveCount(3);
  await expect(page.getByText("Metrics not fetched yet")).toHaveCount(0);
  await admin.dispose();
});
