import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import {
  backlinkGap,
  DEFAULT_GAP_FILTERS,
  type GapRefdomain,
  gapOrigin,
} from "../lib/backlinks/gap/gap-rows";
import { allBacklinkRows } from "../simulator/backlink-rows";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";
import { expectTablesScrollInTheirCard } from "./support/table-scroll";

// The backlink gap in a workspace on the demo key (the provider API: referring domains built
// from each domain's backlink list): 1 + 3 competitors → rows → 5 into a prospect list, which
// shows where they came from. Expected rows come from the simulator's own backlink rows.

const YOU = "example.com";
const COMPETITORS = ["spammy-example.com", "acme-shoes.com", "runfast.com"];

/** A domain's referring domains as its whole link list gives them (every list here is < 5,000). */
function simRefdomains(target: string) {
  const byHost = new Map<string, GapRefdomain>();
  for (const row of allBacklinkRows(target)) {
    const host = new URL(row.sourceUrl).hostname;
    const d = byHost.get(host) ?? {
      domain: host,
      backlinks: 0,
      dofollowBacklinks: 0,
      authority: 0,
      examples: [],
    };
    d.backlinks++;
    if (!row.nofollow) d.dofollowBacklinks++;
    // The provider's rows carry TF: a domain's authority is its strongest link's.
    d.authority = Math.max(d.authority ?? 0, row.trustFlow);
    byHost.set(host, d);
  }
  return { target, rows: [...byHost.values()] };
}

const n = (v: number) => v.toLocaleString("en-US");

async function fillGap(page: Page) {
  await page.getByLabel("Your domain").fill(YOU);
  await page.getByLabel(/Competitors/).fill(COMPETITORS.join("\n"));
}

test("gap of 1 + 3 competitors → rows → 5 added to a prospect list with their origin", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { account, admin } = await connectedWorkspace(baseURL!, "gap", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}`);
  await page
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: "Backlink gap" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Backlink gap" })).toBeVisible();

  // A competitor repeated or your own domain among them is refused before anything is asked.
  await page.getByLabel("Your domain").fill(YOU);
  await page.getByLabel(/Competitors/).fill(`${COMPETITORS[0]}\n${YOU}`);
  await page.getByRole("button", { name: "Find the gap" }).click();
  await expect(page.getByText(`${YOU} is your own domain`)).toBeVisible();

  // The cost is said before it starts: four lists, none cached yet.
  await fillGap(page);
  await expect(page.getByTestId("gap-estimate")).toContainText(
    `for 4 referring-domain lists (${[YOU, ...COMPETITORS].join(", ")})`,
  );
  // What a list holds is said before it starts too.
  await expect(page.getByTestId("gap-estimate")).toContainText(
    /Each list is a domain's [\d,]+ strongest referring domains|Each list is built from a domain's first [\d,]+ links/,
  );
  await page.getByRole("button", { name: "Find the gap" }).click();
  await expect(page.getByTestId("gap-progress")).toContainText("4 of 4 referring-domain lists", {
    timeout: 60_000,
  });

  const you = simRefdomains(YOU);
  const competitors = COMPETITORS.map(simRefdomains);
  const all = backlinkGap(you, competitors);
  const filters = { ...DEFAULT_GAP_FILTERS, minCompetitors: 2 };
  const expected = backlinkGap(you, competitors, filters);
  expect(expected.length).toBeGreaterThanOrEqual(5);
  await expect(page.getByTestId("gap-count")).toHaveText(
    `${n(all.length)} of ${n(all.length)} referring domains match the filters.`,
  );

  // Min competitors 2, by keyboard: the rows are the simulator's intersection, best first.
  await page.getByLabel("Min competitors").selectOption("2");
  await page.getByLabel("Min competitors").press("Tab");
  await page.getByRole("button", { name: "Apply filters" }).press("Enter");
  await expect(page.getByTestId("gap-count")).toHaveText(
    `${n(expected.length)} of ${n(all.length)} referring domains match the filters.`,
  );
  const rows = page.getByTestId("gap-row");
  await expect(rows).toHaveCount(expected.length);
  const firstRow = rows.first();
  await expect(firstRow).toContainText(expected[0]!.domain);
  await expect(firstRow).toContainText(
    `${expected[0]!.competitors.length}: ${expected[0]!.competitors.join(", ")}`,
  );
  await expect(firstRow.getByRole("cell").nth(3)).toHaveText(String(expected[0]!.authority));
  // The page with its rows, filters and list form: no serious or critical axe violation.
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelectorAll("td")[1]!.textContent),
  );
  expect(shown).toEqual(expected.map((r) => r.domain));

  // Select 5 and add them to a new list in one step.
  const picked = expected.slice(0, 5).map((r) => r.domain);
  for (const domain of picked) await page.getByLabel(`Select ${domain}`).check();
  await page.getByLabel("New list name").fill("Gap prospects");
  await page.getByRole("button", { name: "Add 5 to the list" }).click();
  await expect(page.getByText("5 added to “Gap prospects”")).toBeVisible();
  await page.getByRole("link", { name: "Open the list" }).click();

  // The list shows where each came from.
  const origin = gapOrigin(COMPETITORS);
  for (const domain of picked) {
    const row = page.getByRole("row").filter({ hasText: domain });
    await expect(row.getByTestId("prospect-origin")).toHaveText(`Origin: ${origin}`);
  }
  await expect(page.getByTestId("prospect-origin")).toHaveCount(5);
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the gap page fits the screen; its table scrolls in its card", async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const { account, admin } = await connectedWorkspace(baseURL!, "gapm", DEMO_KEY);
    await admin.dispose();
    await signInViaUi(page, account.email, account.password);
    await page.goto(`/${account.tenantSlug}/backlink-gap`);
    await fillGap(page);
    await page.getByRole("button", { name: "Find the gap" }).click();
    await expect(page.getByTestId("gap-row").first()).toBeVisible({ timeout: 60_000 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await expectTablesScrollInTheirCard(page, "/backlink-gap", { pinned: 2, mustScroll: true });
  });
});
