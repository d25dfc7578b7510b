import { expect, type Page, test } from "@playwright/test";
import { keywordCheckFor } from "../simulator/universe";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, sim } from "./support/simulator";
import { expectTablesScrollInTheirCard } from "./support/table-scroll";

const DOMAIN = "example.com";
const RIVAL = "rival.com";
const KEYWORDS = ["seo audit tool", "backlink checker", "keyword research", "site audit"];
// The simulator ranks both domains #1 for "backlink checker" on DAY1; on DAY2 rival.com stays
// #1 and example.com falls to #2: rival.com overtakes.
const DAY1 = "2026-03-14";
const DAY2 = "2026-03-15";

const positions = (domain: string, day: string) =>
  new Map(
    keywordCheckFor(domain, KEYWORDS, "google", "United States", day).map((r) => [
      r.keyword,
      r.position,
    ]),
  );
const row = (page: Page, keyword: string) =>
  page
    .getByTestId("keyword-row")
    .filter({ has: page.getByRole("cell", { name: keyword, exact: true }) });

test.afterAll(async () => {
  await sim.setDate(null);
});

test("a competitor added → its positions beside ours in the table and the chart, and its overtake marked", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "rivals", DEMO_KEY);
  await sim.setDate(DAY1);
  const base = `/api/tenants/${account.tenantSlug}/keywords/projects`;
  const { project } = await (
    await admin.post(base, { data: { domain: DOMAIN, searchEngine: "google" } })
  ).json();
  await admin.post(`${base}/${project.id}/keywords`, { data: { text: KEYWORDS.join("\n") } });
  await expect
    .poll(async () => (await (await admin.get(`${base}/${project.id}/checks`)).json()).run.status)
    .toBe("done");

  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords`);
  const competitorField = page.getByLabel("Competitor domain");
  // The tracked domain itself is refused, with a message that says what to do.
  await competitorField.fill(`www.${DOMAIN}`);
  await page.getByRole("button", { name: "Add competitor" }).click();
  await expect(page.getByText("Enter another site than the tracked domain")).toBeVisible();
  await competitorField.fill(`https://${RIVAL}/`);
  await page.getByRole("button", { name: "Add competitor" }).click();
  await expect(page.getByRole("list", { name: "Competitors" })).toHaveText(RIVAL);
  await expect(page.getByRole("columnheader", { name: RIVAL })).toBeVisible();

  const latest = async () => (await (await admin.get(`${base}/${project.id}/checks`)).json()).run;
  for (const day of [DAY1, DAY2]) {
    await sim.setDate(day);
    const before = (await latest()).id;
    await page.getByRole("button", { name: "Check now" }).click();
    await expect
      .poll(async () => {
        const run = await latest();
        return run.id !== before && run.status;
      })
      .toBe("done");
  }

  // The competitor's column sits right after our position: the simulator's positions for it.
  const ours = positions(DOMAIN, DAY2);
  const theirs = positions(RIVAL, DAY2);
  for (const keyword of KEYWORDS) {
    const cells = row(page, keyword).getByRole("cell");
    const mine = ours.get(keyword) ?? null;
    const rival = theirs.get(keyword) ?? null;
    await expect(cells.nth(2)).toHaveText(mine === null ? "Not in top 100" : String(mine));
    const ahead = rival !== null && (mine === null || rival < mine);
    await expect(cells.nth(3)).toHaveText(
      rival === null ? ">100Not in top 100" : `${rival}${ahead ? " (ahead of you)" : ""}`,
    );
  }

  // The chart of one keyword: our line and the competitor's, legend by domain.
  const section = page.getByRole("region", { name: "Against competitors" });
  await section.getByRole("combobox", { name: "Keyword" }).selectOption({
    label: "backlink checker",
  });
  const chart = page.getByTestId("competitor-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator(".recharts-line")).toHaveCount(2);
  await expect(chart.locator(".recharts-legend-item")).toHaveText([DOMAIN, RIVAL]);
  // The overtake is marked at its check and listed in words.
  await expect(chart.locator(".recharts-reference-line")).toHaveCount(1);
  await expect(section.getByTestId("chart-event")).toHaveCount(1);
  await expect(section.getByTestId("chart-event")).toContainText(
    `${RIVAL} overtook you on “backlink checker” (#${theirs.get("backlink checker")} vs your #${ours.get("backlink checker")})`,
  );
  await page.screenshot({ path: "test-results/keywords-competitors.png", fullPage: true });

  // At 390 px the table scrolls in its card with the compare box and keyword pinned.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("columnheader", { name: RIVAL })).toBeAttached();
  await expectTablesScrollInTheirCard(page, "keywords with a competitor", {
    pinned: 2,
    mustScroll: true,
  });
  await admin.dispose();
});
