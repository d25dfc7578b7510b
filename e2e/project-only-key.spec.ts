// A key only SE Ranking's Project API accepts (a Business plan without Data API credits): Save
// keeps it and says which APIs it can use, the backlinks page explains why it cannot research
// backlinks (its route refuses without calling SE Ranking), and keyword projects are tracked by
// SE Ranking's rank tracker.
import { expect, test } from "@playwright/test";
import { keyIdFor } from "../simulator/keys";
import { signedUpInBrowser } from "./support/accounts";
import { PROJECT_ONLY_DEMO_KEY, sim } from "./support/simulator";

test("Project-only key: APIs line in Settings, backlinks explained and refused, keywords on the rank tracker", async ({
  page,
  baseURL,
}) => {
  const account = await signedUpInBrowser(page, baseURL!, "projectonly");
  const slug = account.tenantSlug;

  await page.goto(`/${slug}/settings/integrations`);
  await page.getByLabel("SE Ranking API key").fill(PROJECT_ONLY_DEMO_KEY);
  await page.getByRole("button", { name: "Test key" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The key works" })).toContainText(
    "Project API (rank tracking) only",
  );
  await page.getByRole("button", { name: "Save" }).click();
  const apis = page.getByTestId("integration-apis");
  await expect(apis).toContainText("Project API (rank tracking) only");
  await expect(apis).toContainText(/Data API refused this key: Subscription required/);

  const keyId = keyIdFor(PROJECT_ONLY_DEMO_KEY);
  const backlinkCalls = async () =>
    (await sim.log()).filter((e) => e.keyId === keyId && e.path.startsWith("/v1/backlinks"));
  await page.goto(`/${slug}/backlinks`);
  await expect(page.getByTestId("no-backlink-api")).toHaveText(
    /can only use the Project API \(rank tracking\), so it cannot research backlinks/,
  );
  await expect(
    page.getByRole("link", { name: /connect a key with Data API access/ }),
  ).toBeVisible();
  const refused = await page.request.get(
    `/api/tenants/${slug}/backlinks/summary?domain=example.com`,
  );
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toMatchObject({ code: "no_backlink_api" });
  expect(await backlinkCalls()).toEqual([]);

  await page.goto(`/${slug}/prospects`);
  await expect(page.getByTestId("no-backlink-api")).toBeVisible();

  const domain = `project-only-${Date.now().toString(36)}.com`;
  await page.goto(`/${slug}/keywords`);
  await page.getByLabel("Domain").fill(domain);
  await page.getByRole("button", { name: "Track domain" }).click();
  await expect(page.getByTestId("positions-source").first()).toHaveText(
    /Tracked daily by SE Ranking's rank tracker/,
  );
  const created = (await sim.log("/sites")).filter((e) => e.method === "POST" && e.keyId === keyId);
  expect(created.map((e) => e.body)).toEqual([expect.objectContaining({ url: domain })]);
  await page.screenshot({ path: "test-results/project-only-key.png", fullPage: true });
});
