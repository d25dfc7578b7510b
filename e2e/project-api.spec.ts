// A key that can use SE Ranking's Project API: Save finds both APIs, a tracked domain becomes a
// site in SE Ranking's rank tracker, added keywords get a recheck of just those keywords and
// "Check now" one of the whole project, and the history fills only when the simulator completes
// it (the test decides when: no sleeps), with daily positions and landing pages.
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

  // Added keywords are checked at once: the tracker receives them, then a recheck of just those
  // keywords ({"keywords":[{site_engine_id, keyword_id}]}, reference §6).
  await expect(page.getByRole("button", { name: "Checking…" })).toBeVisible();
  await expect.poll(() => sim.pendingRechecks()).toBe(1);
  const log = await sim.log();
  const sent = log.filter((e) => e.method === "POST" && /^\/sites\/\d+\/keywords$/.test(e.path));
  expect(sent.map((e) => (e.body as { keyword: string }[]).map((k) => k.keyword))).toEqual([
    keywords,
  ]);
  const rechecks = () =>
    sim.log().then((all) => all.filter((e) => /^\/sites\/\d+\/recheck$/.test(e.path)));
  const first = await rechecks();
  expect(first).toHaveLength(1);
  const asked = (first[0]!.body as { keywords: { site_engine_id: number; keyword_id: number }[] })
    .keywords;
  expect(asked).toHaveLength(3);
  expect(new Set(asked.map((k) => k.keyword_id)).size).toBe(3);
  // Not complete yet: the history is empty and the check still runs.
  await expect(page.getByRole("button", { name: "Checking…" })).toBeVisible();
  await expect(page.getByText(/^New keywords checked/)).toHaveCount(0);

  await sim.completeRechecks();
  await expect(page.getByText(/^New keywords checked/)).toBeVisible({ timeout: 15_000 });
  const today = new Date().toISOString().slice(0, 10);
  const row = (k: string) =>
    page
      .getByTestId("keyword-row")
      .filter({ has: page.getByRole("cell", { name: k, exact: true }) });
  const expectTrackerPositions = async () => {
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
  };
  await expectTrackerPositions();

  // Check now: a recheck of the whole project on its engine.
  await page.getByRole("button", { name: "Check now" }).click();
  await expect.poll(async () => (await rechecks()).length).toBe(2);
  expect((await rechecks())[1]!.body).toEqual({ site_engine_id: asked[0]!.site_engine_id });
  await sim.completeRechecks();
  await expect(page.getByText(/^Last checked/)).toBeVisible({ timeout: 15_000 });
  await expectTrackerPositions();
  // Daily positions: the change columns of a tracked position are there.
  await expect(page.getByRole("columnheader", { name: "Position" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "7 days" })).toBeVisible();
  const reads = (await sim.log()).filter((e) => /^\/sites\/\d+\/positions$/.test(e.path));
  expect(reads.at(-1)!.query).toMatchObject({ with_landing_pages: "1" });
  await page.screenshot({ path: "test-results/project-api-keywords.png", fullPage: true });
});
