import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";

// Bulk actions on selected prospects: tag, filter by tag, move to another list (merging what the
// target already holds), delete behind a confirmation; and the bar fits a 390 px phone.
const SOURCE = ["alpha-example.com", "beta-example.com", "gamma-example.com", "delta-example.com"];
const TARGET = ["beta-example.com", "omega-example.com"];

const rows = (page: Page) => page.getByTestId("prospect-row");
const row = (page: Page, domain: string) =>
  rows(page).filter({ has: page.getByText(domain, { exact: true }) });
const select = (page: Page, domain: string) =>
  page.getByRole("checkbox", { name: `Select ${domain}`, exact: true }).check();
const listButton = (page: Page, name: string) =>
  page.getByRole("navigation").getByRole("button", { name: new RegExp(`^${name}`) });
const status = (page: Page) =>
  page.getByRole("status").filter({ hasText: /Tagged|Removed|Moved|Deleted/ });

test("prospects: tag selected rows, filter by tag, move them to another list, delete with confirm", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "pbulk", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  const make = async (name: string, entries: string[]) => {
    const { list } = await (await admin.post(api, { data: { name } })).json();
    await admin.post(`${api}/${list.id}/domains`, { data: { entries } });
    return list.id as string;
  };
  await make("Bulk target", TARGET);
  const source = await make("Bulk source", SOURCE);

  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/prospects?list=${source}`);
  await expect(rows(page)).toHaveCount(SOURCE.length);
  const bar = page.getByRole("region", { name: "Bulk actions on the selected prospects" });
  await expect(bar).toHaveCount(0);

  // Tag two rows (typed with capitals and spaces: stored trimmed and lower-cased).
  await select(page, "alpha-example.com");
  await select(page, "beta-example.com");
  await bar.getByRole("button", { name: "Tag 2…" }).click();
  await page.getByLabel("Tag name").fill("  Outreach ");
  await bar.getByRole("button", { name: "Add tag" }).click();
  await expect(status(page)).toHaveText('Tagged "outreach" on 2 prospects.');
  // The selection cleared, the bar went away, and the rows show their tag.
  await expect(bar).toHaveCount(0);
  await expect(page.getByText("0 selected")).toBeVisible();
  await expect(row(page, "alpha-example.com")).toContainText("outreach");
  await expect(row(page, "gamma-example.com")).not.toContainText("outreach");

  // The tag filter keeps the tagged rows and lives in the URL; the filtered export has Tags.
  await page.getByLabel("Tag", { exact: true }).selectOption("outreach");
  await expect(page).toHaveURL(/tag=outreach/);
  await expect(rows(page)).toHaveCount(2);
  const exportLink = page.getByRole("link", { name: "Export 2 filtered" });
  const csv = await (await page.request.get((await exportLink.getAttribute("href"))!)).text();
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(parsed.map((r) => [r.Domain, r.Tags])).toEqual([
    ["alpha-example.com", "outreach"],
    ["beta-example.com", "outreach"],
  ]);
  await page.reload();
  await expect(page.getByLabel("Tag", { exact: true })).toHaveValue("outreach");
  await expect(rows(page)).toHaveCount(2);

  // Move both shown rows to the other list: beta is already there, so it is merged.
  await page.getByRole("checkbox", { name: "Select every prospect on this page" }).check();
  await bar.getByRole("button", { name: "Move 2 to list…" }).click();
  await page.getByLabel("Move to").selectOption({ label: "Bulk target (2)" });
  await bar.getByRole("button", { name: "Move", exact: true }).click();
  await expect(status(page)).toHaveText(
    'Moved 1 prospect to "Bulk target"; 1 was already there (merged).',
  );
  await expect(rows(page)).toHaveCount(0);
  // The list counts refreshed without a reload.
  await expect(listButton(page, "Bulk source")).toContainText("2 domains");
  await expect(listButton(page, "Bulk target")).toContainText("3 domains");

  // In the target list the moved rows carry their tag; delete one behind the confirmation.
  await listButton(page, "Bulk target").click();
  await expect(rows(page)).toHaveCount(3);
  await expect(row(page, "alpha-example.com")).toContainText("outreach");
  await expect(row(page, "beta-example.com")).toContainText("outreach");
  await select(page, "omega-example.com");
  await bar.getByRole("button", { name: "Delete 1" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Delete 1 prospect?");
  // Escape cancels (nothing deleted, focus back on the button); Enter on the action deletes.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(bar.getByRole("button", { name: "Delete 1" })).toBeFocused();
  await expect(rows(page)).toHaveCount(3);
  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: "Delete 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("Deleted 1 prospect.");
  await expect(rows(page)).toHaveCount(2);
  await expect(row(page, "omega-example.com")).toHaveCount(0);
  await expect(listButton(page, "Bulk target")).toContainText("2 domains");

  // Remove the tag again from one row.
  await select(page, "beta-example.com");
  await bar.getByRole("button", { name: "Tag 1…" }).click();
  await page.getByLabel("Tag name").fill("outreach");
  await bar.getByRole("button", { name: "Remove tag" }).click();
  await expect(status(page)).toHaveText('Removed "outreach" from 1 prospect.');
  await expect(row(page, "beta-example.com")).not.toContainText("outreach");
  await admin.dispose();
});

test("prospects: at 390 px the bulk bar and its forms fit without sideways scrolling", async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { account, admin } = await connectedWorkspace(baseURL!, "pbulkm", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  await admin.post(api, { data: { name: "A second list with a rather long name for phones" } });
  const { list } = await (await admin.post(api, { data: { name: "Phone" } })).json();
  await admin.post(`${api}/${list.id}/domains`, { data: { entries: SOURCE } });

  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);
  await expect(rows(page)).toHaveCount(SOURCE.length);
  await page.getByRole("checkbox", { name: "Select every prospect on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions on the selected prospects" });
  await bar.getByRole("button", { name: "Tag 4…" }).click();
  await expect(page.getByLabel("Tag name")).toBeVisible();
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await bar.getByRole("button", { name: "Move 4 to list…" }).click();
  await expect(page.getByLabel("Move to")).toBeVisible();
  expect(await fits()).toBe(true);
  // Every control of the bar is inside the screen (none pushed off to the right).
  for (const button of await bar.getByRole("button").all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await page.screenshot({ path: "test-results/prospects-bulk-390.png", fullPage: true });
  await admin.dispose();
});
