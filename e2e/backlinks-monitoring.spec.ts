import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { backlinksPageFor } from "../simulator/universe";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, sim } from "./support/simulator";

// Monitoring a domain: a snapshot on the simulator's base day, its clock a week on, a second
// snapshot; the new and lost links are the ones the simulator's lists gained and lost.
const DOMAIN = "example.com";
const WEEK = "2026-11-08";
/** HIGH_AUTHORITY in lib/services/monitoring/link-keys.ts (Trust Flow with this key). */
const HIGH_AUTHORITY = 40;

function listAt(date: string | null) {
  return backlinksPageFor(DOMAIN, {
    sortBy: "first_seen",
    dofollowOnly: false,
    offset: 0,
    limit: 100_000,
    date,
  }).backlinks;
}
const key = (b: { source_url: string; target_url: string }) => `${b.source_url} ${b.target_url}`;
const hosts = (list: ReturnType<typeof listAt>) =>
  new Set(list.map((b) => new URL(b.source_url).hostname));

const before = listAt(null);
const after = listAt(WEEK);
const beforeKeys = new Set(before.map(key));
const afterKeys = new Set(after.map(key));
const gained = after.filter((b) => !beforeKeys.has(key(b)));
const lost = before.filter((b) => !afterKeys.has(key(b)));
const domainsGained = [...hosts(after)].filter((h) => !hosts(before).has(h));
const domainsLost = [...hosts(before)].filter((h) => !hosts(after).has(h));
const lostStrong = lost.filter((b) => !b.nofollow && b.trust_flow >= HIGH_AUTHORITY);

test.afterAll(async () => {
  await sim.setDate(null);
});

async function expectNoSeriousViolations(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `axe on ${name}`).toEqual([]);
}

async function fitsAt390(page: Page) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.viewport).toBe(390);
  expect(widths.page, "no horizontal page scroll at 390 px").toBeLessThanOrEqual(390);
}

test("monitor a domain, move the simulator a week, refresh: new and lost shown and charted", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000); // two snapshots, axe twice, a reload at 390 px
  expect(gained.length).toBeGreaterThan(0);
  expect(lost.length).toBeGreaterThan(0);
  const { account } = await connectedWorkspace(baseURL!, "monitor", DEMO_KEY);
  await sim.setDate(null); // the base snapshot
  await signInViaUi(page, account.email, account.password);

  // From the Backlinks page.
  await page.goto(`/${account.tenantSlug}/backlinks?domain=${DOMAIN}`);
  await page.getByRole("button", { name: "Monitor this domain" }).click();
  await page.getByRole("link", { name: "view on Monitoring" }).click();
  await expect(page.getByRole("heading", { name: DOMAIN, level: 1 })).toBeVisible();
  await expect(page.getByText("The first snapshot of this domain")).toBeVisible();

  // A week later in the simulator: Refresh now takes the second snapshot.
  await sim.setDate(WEEK);
  await page.getByRole("button", { name: "Refresh now" }).click();
  const tab = (name: string, n: number) =>
    page.getByRole("tab", { name: `${name} (${n.toLocaleString("en-US")})` });
  await expect(tab("New links", gained.length)).toBeVisible({ timeout: 30_000 });
  await expect(tab("Lost links", lost.length)).toBeVisible();
  await expect(tab("New referring domains", domainsGained.length)).toBeVisible();
  await expect(tab("Lost referring domains", domainsLost.length)).toBeVisible();
  const panel = page.getByRole("tabpanel");
  await expect(panel.getByRole("row")).toHaveCount(gained.length + 1);
  await expect(panel).toContainText(gained[0]!.source_url);
  await tab("Lost links", lost.length).click();
  await expect(panel.getByRole("row")).toHaveCount(lost.length + 1);
  await expect(panel).toContainText(lost[0]!.source_url);

  // Charted: both charts draw two snapshots, with new and lost bars on the second.
  for (const id of ["chart-referring-domains", "chart-backlinks"]) {
    const chart = page.getByTestId(id);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute("aria-label", /at each of 2 snapshots/);
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(chart.locator(".recharts-line-dot, .recharts-dot")).toHaveCount(2);
  }

  // Lost links to follow up: strong dofollow ones highlighted; one marked followed up.
  const followUp = page.getByRole("region", { name: "Lost links to follow up" });
  await expect(followUp.locator("tbody tr")).toHaveCount(lost.length);
  await expect(followUp.locator("tr[data-highlighted]")).toHaveCount(lostStrong.length);
  const first = followUp.locator("tbody tr").first();
  const source = (await first.locator("td").first().textContent())!;
  await first.getByRole("button", { name: "Followed up" }).click();
  await expect(followUp.locator("tbody tr")).toHaveCount(lost.length - 1);
  await followUp.getByLabel("Show").selectOption("followed_up");
  await expect(followUp.locator("tbody tr")).toHaveCount(1);
  await expect(followUp.locator("tbody tr")).toContainText(
    source.replace("High-authority dofollow", ""),
  );
  await expectNoSeriousViolations(page, "a monitored domain");

  // At 390 px the page has no horizontal scroll (tables scroll inside their cards).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(tab("New links", gained.length)).toBeVisible();
  await fitsAt390(page);
  await page.goto(`/${account.tenantSlug}/monitoring`);
  await expect(page.getByRole("link", { name: DOMAIN })).toBeVisible();
  await fitsAt390(page);
  await expectNoSeriousViolations(page, "the Monitoring list");

  // Stop monitoring: behind a confirmation, and the list is empty again.
  await page.getByRole("link", { name: DOMAIN }).click();
  await page.getByRole("button", { name: "Stop monitoring" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Stop monitoring" }).click();
  await expect(page.getByText("No domain is monitored yet")).toBeVisible();
});
