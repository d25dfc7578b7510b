// A key that can use SE Ranking's Project API: Save finds both APIs, a tracked domain becomes a
// site in SE Ranking's rank tracker, "Check now" asks for a recheck, and the history fills only
// when the simulator completes it (the test decides when: no sleeps), with daily positions and
// landing pages.
import { expect, test } from "@playwright/test";
import { positionFor } from "../simulator/keyword-positions";
import { signedUpInBrowser } from "./support/accounts";
import { PROJECT_API_DEMO_KEY, sim } from "./support/simulator";

test.afterAll(async () => {
  await sim.setConfig({ recheckDelayMs: 3000 });
});

test("Project API key: a tracked domain is rechecked by SE Ranking's rank tracker, daily positions and landing pages shown", async ({
  page,
  baseURL,
}) => {
  // The app and the simulator agree on "today": the recheck is dated by the simulator's day.
  await sim.setDate(null);
  // Rechecks complete only when this test says so.
  await sim.setConfig({ recheckDelayMs: 3_600_000 });
  const account = await signedUpInBrowser(page, baseURL!, "projectapi");

  await page.goto(`/${account.tenantSlug}/settings/integrations`);
  await page.getByLabel("SE Ranking API key").fill(PROJECT_API_DEMO_KEY);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("integration-apis")).toHaveText(
    "Data API and Project API (rank tracker)",
  );

  const domain = `rank-tracker-${Date.now().toString(36)}.com`;
  const keywords = ["seo audit tool", "backlink checker", "unranked widget"];
  await page.goto(`/${account.tenantSlug}/keywords`);
  await page.getByLabel("Domain").fill(domain);
  await page.getByRole("button", { name: "Track domain" }).click();
  await expect(page.getByTestId("positions-source").first()).toHaveText(
    /Tracked daily by SE Ranking's rank tracker/,
  );
  await page.getByLabel("Keywords (one per line)").fill(keywords.join("\n"));
  await page.getByRole("button", { name: "Add keywords" }).click();
  await expect(page.getByTestId("keyword-row")).toHaveCount(3);
  const added = (await sim.log("/sites")).filter((e) => e.method === "POST");
  expect(added).toHaveLength(1);
  expect(added[0]!.body).toMatchObject({ url: domain, title: domain });

  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByRole("button", { name: "Checking…" })).toBeVisible();
  await expect.poll(() => sim.pendingRechecks()).toBe(1);
  const rechecks = (await sim.log()).filter((e) => /^\/sites\/\d+\/recheck$/.test(e.path));
  expect(rechecks).toHaveLength(1);
  // Not complete yet: the history is empty and the check still runs.
  await expect(page.getByRole("button", { name: "Checking…" })).toBeVisible();
  await expect(page.getByText(/^Last checked/)).toHaveCount(0);

  await sim.completeRechecks();
  await expect(page.getByText(/^Last checked/)).toBeVisible({ timeout: 15_000 });
  const today = new Date().toISOString().slice(0, 10);
  const row = (k: string) =>
    page
      .getByTestId("keyword-row")
      .filter({ has: page.getByRole("cell", { name: k, exact: true }) });
  for (const keyword of keywords) {
    const want = positionFor({
      domain,
      keyword,
      searchEngine: "google",
      location: "United States",
      date: today,
    });
    await expect(row(keyword).getByRole("cell").nth(2)).toHaveText(
      want.position === null ? "Not in top 100" : String(want.position),
    );
    if (want.url) {
      await expect(
        row(keyword).getByRole("link", { name: want.url.replace(/^https?:\/\//, "") }),
      ).toBeVisible();
    }
  }
  // Daily positions: the change columns of a tracked position are there.
  await expect(page.getByRole("columnheader", { name: "Position" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "7 days" })).toBeVisible();
  const reads = (await sim.log()).filter((e) => /^\/sites\/\d+\/positions$/.test(e.path));
  expect(reads.at(-1)!.query).toMatchObject({ with_landing_pages: "1" });
  await page.screenshot({ path: "test-results/project-api-keywords.png", fullPage: true });
});
