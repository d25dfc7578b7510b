import { expect, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, sim } from "./support/simulator";

const METRICS_PATH = "/research/backlinks/metrics/";

// A bulk fetch that fails for lack of credits says so, and what to do, not just the counts.
test("a metrics fetch that runs out of credits ends with a banner saying what to do", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "pcredits", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  const { list } = await (await admin.post(api, { data: { name: "No credits" } })).json();
  const domains = ["credits-a.com", "credits-b.com", "credits-c.com"];
  await admin.post(`${api}/${list.id}/domains`, { data: { entries: domains } });
  await admin.dispose();

  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);
  await sim.addFault({ kind: "status", status: 402, path: METRICS_PATH });
  try {
    await page.getByRole("button", { name: "Fetch metrics" }).click();
    await expect(page.getByTestId("run-summary")).toContainText(
      "Fetch finished: 0 fetched, 3 failed",
    );
    await expect(
      page.getByText(/ran out of credits.*top it up, then choose Retry failed/),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Retry failed (3)" })).toBeVisible();
  } finally {
    await sim.clearFaults();
  }
});
