import { expect, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";

// Typing in "Search domains" on a long list must keep every keystroke, and a verdict chosen
// while the search is still being written to the URL must stay chosen.
test("prospects: searching a 300-domain list keeps every keystroke and the verdict filter", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "psearch", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  const { list } = await (await admin.post(api, { data: { name: "Three hundred" } })).json();
  const domains = Array.from({ length: 300 }, (_, i) =>
    i < 40 ? `travel-guide-${i}.com` : `news-site-${i}.com`,
  );
  const added = await admin.post(`${api}/${list.id}/domains`, { data: { entries: domains } });
  expect((await added.json()).added).toBe(300);

  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);
  await expect(page.getByText("300 shown")).toBeVisible();

  // A slow phone's CPU: each re-render of the long table takes longer than a keystroke.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  const search = page.getByLabel("Search domains");
  await search.pressSequentially("travel", { delay: 40 });
  // Chosen at once, while the typed text may not be in the URL yet.
  await page.getByLabel("Verdict").selectOption("none");
  await expect(search).toHaveValue("travel");
  await expect(page.getByLabel("Verdict")).toHaveValue("none");
  await expect(page).toHaveURL(/q=travel/);
  await expect(page).toHaveURL(/verdict=none/);
  await expect(page.getByText("40 shown")).toBeVisible();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });

  // The URL keeps both: a reload shows the same view.
  await page.reload();
  await expect(page.getByLabel("Search domains")).toHaveValue("travel");
  await expect(page.getByLabel("Verdict")).toHaveValue("none");
  await expect(page.getByText("40 shown")).toBeVisible();
});
