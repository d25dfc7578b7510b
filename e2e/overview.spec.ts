// The overview is a new member's first page: it says what to do first (connect SE Ranking),
// then shows the workspace's latest work, each item a link into its page.
import { expect, test } from "@playwright/test";
import { connectKey, signedInContext, signedUpInBrowser } from "./support/accounts";
import { seedFeatureData } from "./support/feature-data";
import { DATA_API_DEMO_KEY } from "./support/simulator";

test("the overview leads a new admin to connect, then to the workspace's latest work", async ({
  page,
  baseURL,
}) => {
  const account = await signedUpInBrowser(page, baseURL!, "overview");

  await page.goto(`/${account.tenantSlug}`);
  await expect(page.getByRole("heading", { name: "Connect SE Ranking to start" })).toBeVisible();
  await expect(page.getByTestId("overview-searches")).toHaveText("No domain researched yet.");
  await expect(page.getByTestId("overview-lists")).toHaveText("No prospect list yet.");
  await expect(page.getByTestId("overview-projects")).toHaveText("No domain tracked yet.");
  await page.getByRole("link", { name: "Settings → Integrations" }).click();
  await expect(page).toHaveURL(new RegExp(`/${account.tenantSlug}/settings/integrations$`));

  // A Data API key: the overview names that API and its metrics, never TF/CF.
  const admin = await signedInContext(baseURL!, account.email, account.password);
  await connectKey(admin, account.tenantSlug, DATA_API_DEMO_KEY);
  const seeded = await seedFeatureData(admin, account.tenantSlug);
  const summary = await admin.get(
    `/api/tenants/${account.tenantSlug}/backlinks/summary?domain=example.com`,
  );
  expect(summary.status()).toBe(200);
  const { summary: searched, metricLabels } = await summary.json();
  const { prospects } = await (
    await admin.get(`/api/tenants/${account.tenantSlug}/prospect-lists/${seeded.listId}`)
  ).json();
  const verdicts = (v: string) =>
    prospects.filter((p: { verdict: string }) => p.verdict === v).length;
  const integration = await (
    await admin.get(`/api/tenants/${account.tenantSlug}/integrations/se-ranking`)
  ).json();
  await admin.dispose();

  await page.goto(`/${account.tenantSlug}`);
  await expect(page.getByTestId("overview-connection")).toContainText("Domain Trust");
  await expect(page.getByText(/Trust Flow|Citation Flow/)).toHaveCount(0);
  await expect(page.getByTestId("overview-lists")).toContainText("3 domains · 3 with metrics");
  await expect(page.getByTestId("overview-projects")).toContainText("2 keywords");
  await expect(page.getByTestId("overview-projects")).toContainText(/checked (now|\d+ \w+ ago)/);

  // The figures, each from what the workspace stored (no SE Ranking call to open the page).
  await expect(page.getByTestId("overview-searches")).toContainText(
    `${metricLabels.trustShort} ${searched.domainInlinkRank}`,
  );
  await expect(page.getByTestId("figure-prospects")).toContainText(
    `${prospects.length}${verdicts("pass")} pass · ${verdicts("review")} review · ${verdicts("reject")} reject`,
  );
  // Checked once so far: nothing to compare with a week ago.
  await expect(page.getByTestId("figure-keywords")).toContainText("▲ 0 ▼ 0up / down of 2 tracked");
  await expect(page.getByTestId("figure-credits-spent")).toContainText(
    String(integration.integration.usage.credits.toLocaleString("en-US")),
  );
  await page.getByTestId("figure-keywords").click();
  await expect(page).toHaveURL(new RegExp(`/${account.tenantSlug}/keywords$`));
  await page.goBack();
  await page.screenshot({ path: "test-results/overview.png", fullPage: true });

  await page.getByTestId("overview-lists").getByRole("link", { name: "Seeded list" }).click();
  await expect(page).toHaveURL(new RegExp(`/prospects\\?list=${seeded.listId}$`));
  await page.goBack();
  await page.getByTestId("overview-searches").getByRole("link", { name: "example.com" }).click();
  await expect(page).toHaveURL(/\/backlinks\?domain=example\.com$/);
  await expect(page.getByTestId("summary-totalBacklinks")).toBeVisible();
});
