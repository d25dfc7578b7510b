import { expect, test } from "@playwright/test";
import { keywordCheckFor } from "../simulator/universe";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, sim } from "./support/simulator";

// "At a glance" against a hand count: four keywords checked on two simulated days, then a check
// that fails. The simulator's positions (its reference, guarded below) are the fixture:
//   keyword            tags    10 Mar  11 Mar  then
//   seo audit tool     tools   9       8       failed
//   backlink checker   tools   3       3       failed
//   unranked widget    tools   –       –       failed
//   rank tracker       (none)  100     –       failed
const DOMAIN = "example.com";
const KEYWORDS = ["seo audit tool", "backlink checker", "unranked widget", "rank tracker"];
const DAY1 = "2026-03-10";
const DAY2 = "2026-03-11";

test.afterAll(async () => {
  await sim.setDate(null);
  await sim.clearFaults();
});

test("the figures at a glance match a hand count, per tag too, at 390 px and by keyboard", async ({
  page,
  baseURL,
}) => {
  const positions = (day: string) =>
    keywordCheckFor(DOMAIN, KEYWORDS, "google", "United States", day).map((k) => k.position);
  expect(positions(DAY1)).toEqual([9, 3, null, 100]);
  expect(positions(DAY2)).toEqual([8, 3, null, null]);

  const { account, admin } = await connectedWorkspace(baseURL!, "glance", DEMO_KEY);
  const base = `/api/tenants/${account.tenantSlug}/keywords/projects`;
  const { project } = await (
    await admin.post(base, { data: { domain: DOMAIN, searchEngine: "google" } })
  ).json();
  const url = `${base}/${project.id}`;
  // Before any check: no figures, no tags.
  expect(await (await admin.get(`${url}/glance`)).json()).toEqual({
    total: 0,
    latest: null,
    points: [],
    tags: [],
  });
  const finished = async () =>
    expect
      .poll(async () => (await (await admin.get(`${url}/checks`)).json()).run?.status)
      .not.toBe("running");

  await sim.setDate(DAY1);
  const added = await (
    await admin.post(`${url}/keywords`, { data: { text: KEYWORDS.join("\n") } })
  ).json();
  await finished();
  for (const k of added.added.filter((a: { keyword: string }) => a.keyword !== "rank tracker")) {
    const tagged = await admin.patch(`${url}/keywords/${k.id}`, { data: { tags: "tools" } });
    expect(tagged.status()).toBe(200);
  }
  await sim.setDate(DAY2);
  expect((await admin.post(`${url}/checks`)).status()).toBeLessThan(300);
  await finished();
  // Every attempt of the third check fails: a failed check is not a position.
  await sim.addFault({ kind: "status", status: 503, path: "/keywords/check/", count: 4 });
  expect((await admin.post(`${url}/checks`)).status()).toBeLessThan(300);
  await finished();

  await page.setViewportSize({ width: 390, height: 844 });
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords`);
  const glance = page.getByTestId("glance");
  await expect(glance.getByRole("heading", { name: "At a glance" })).toBeVisible();
  // The failed check leaves 11 Mar's positions as the last known ones: 8, 3, –, –.
  // Average of the ranked: (8 + 3) / 2 = 5.5. Visibility: CTR #8 3.3 + #3 11.0 = 14.3 over
  // 4 × 27.6 = 110.4 → 12.95 → 13%. Top 3: 1; top 10: 2; top 100: 2.
  await expect(glance.getByTestId("glance-average-value")).toHaveText("5.5");
  await expect(glance.getByTestId("glance-visibility-value")).toHaveText("13%");
  await expect(glance.getByTestId("glance-top3-value")).toHaveText("1");
  await expect(glance.getByTestId("glance-top10-value")).toHaveText("2");
  await expect(glance.getByTestId("glance-top100-value")).toHaveText("2");
  await expect(glance).toContainText("4 of 4 keywords counted");
  await expect(glance).toContainText("4 whose latest check failed count with their last good");
  // The latest check failed for all four: nothing compared with it.
  await expect(glance.getByTestId("glance-previous")).toContainText(
    "4 not compared (failed or no earlier check)",
  );
  // Over the three checks: 10 Mar average (9 + 3 + 100) / 3 = 37.3, visibility
  // (2.7 + 11.0 + 0 + 0) / 110.4 = 12.4%; then 5.5 and 13% twice.
  await expect(glance.getByRole("img", { name: /^Average position over/ })).toHaveAccessibleName(
    "Average position over 3 checks: 37.3 to 5.5",
  );
  await expect(glance.getByRole("img", { name: /^Visibility over/ })).toHaveAccessibleName(
    "Visibility over 3 checks: 12.4% to 13%",
  );
  // 11 Mar against 10 Mar (the middle point of those lines): seo audit tool 9→8 up, backlink
  // checker 3→3 and unranked widget –→– unchanged, rank tracker 100→– down.
  const { points } = await (await admin.get(`${url}/glance`)).json();
  expect(points.map((p: { previous: unknown }) => p.previous)).toEqual([
    { improved: 0, declined: 0, unchanged: 0, notCompared: 4 },
    { improved: 1, declined: 1, unchanged: 2, notCompared: 0 },
    { improved: 0, declined: 0, unchanged: 0, notCompared: 4 },
  ]);

  // Per tag: tools = 8, 3, – → average 5.5, visibility 14.3 / (3 × 27.6) = 17.27 → 17.3%;
  // no tag = rank tracker, out of the top 100: no average, 0%.
  const rows = glance.getByTestId("glance-tags").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  const cells = (i: number) => rows.nth(i).locator("th, td");
  await expect(cells(0)).toHaveText(["tools", "3", "5.5", "17.3%", "1", "2", "2", "0 / 0 / 0"]);
  await expect(cells(1)).toHaveText(["No tag", "1", "–", "0%", "0", "0", "0", "0 / 0 / 0"]);

  // 390 px: the page itself does not scroll sideways (the tag table scrolls in its own box).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The help opens from the keyboard.
  const help = glance.getByText("How these figures are counted");
  await help.focus();
  await page.keyboard.press("Enter");
  await expect(glance.getByText(/Backlinko's click-through-rate study/)).toBeVisible();
  await admin.dispose();
});
