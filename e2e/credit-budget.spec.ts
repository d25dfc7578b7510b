import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { keyIdFor } from "../simulator/keys";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { sim } from "./support/simulator";

const METRICS_PATH = "/research/backlinks/metrics/";

// An admin sets a monthly budget on the usage page; a bulk fetch that would pass it is refused
// with its cost, what is left and who can raise it, and SE Ranking never hears of it.
test("a bulk fetch over the monthly budget is refused before any SE Ranking call", async ({
  page,
  baseURL,
}) => {
  // A key of this test alone: the simulator's log is then read for this workspace only.
  const key = `budget-e2e-${randomBytes(12).toString("hex")}`;
  await sim.setKey(key, 1_000_000);
  const { account, admin } = await connectedWorkspace(baseURL!, "budget", key);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  const { list } = await (await admin.post(api, { data: { name: "Over budget" } })).json();
  const domains = ["budget-a.com", "budget-b.com", "budget-c.com"];
  await admin.post(`${api}/${list.id}/domains`, { data: { entries: domains } });
  await admin.dispose();

  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/settings/usage`);
  await page.getByLabel("Monthly budget (credits)").fill("2");
  await page.getByRole("button", { name: "Save budget" }).click();
  await expect(page.getByTestId("budget-summary")).toContainText("of 2 credits spent this month");

  const keyCalls = async () =>
    (await sim.log(METRICS_PATH)).filter((e) => e.keyId === keyIdFor(key));
  const before = (await keyCalls()).length;
  await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);
  await page.getByRole("button", { name: "Fetch metrics" }).click();
  await expect(
    page.getByText(/would cost up to 3 credits, but only 2 of this month's budget of 2 credits/),
  ).toBeVisible();
  await expect(
    page.getByText(/admin of this workspace can raise the monthly budget/),
  ).toBeVisible();
  expect((await keyCalls()).length).toBe(before);

  // Raised by the admin, the same fetch runs and the usage page shows its credits by feature.
  await page.goto(`/${account.tenantSlug}/settings/usage`);
  await page.getByLabel("Monthly budget (credits)").fill("100");
  await page.getByRole("button", { name: "Save budget" }).click();
  await expect(page.getByTestId("budget-summary")).toContainText("of 100 credits");
  await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);
  await page.getByRole("button", { name: "Fetch metrics" }).click();
  await expect(page.getByTestId("run-summary")).toContainText("3 fetched");
  expect((await keyCalls()).length).toBeGreaterThan(before);
  await page.goto(`/${account.tenantSlug}/settings/usage`);
  const byFeature = page.getByRole("table", { name: "Credits by feature this month" });
  await expect(byFeature.getByRole("row", { name: /Bulk metrics run 3/ })).toBeVisible();
  await expect(page.getByTestId("usage-chart")).toBeVisible();
});
