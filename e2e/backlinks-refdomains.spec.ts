// The Referring domains and Anchors tabs beside the backlink list: on the Data API they are SE
// Ranking's own lists, on the provider API they are built from the links fetched (and say so).
// Expected rows come from the simulator's pure functions, sorted by the rule the tabs document
// (descending numbers / dates, A→Z text, ties by name), never read back from the page.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { allBacklinkRows } from "../simulator/backlink-rows";
import { anchorsFor, refdomainsFor } from "../simulator/refdomains-anchors";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { downloadCsv } from "./support/backlinks";
import { DATA_API_DEMO_KEY, DEMO_KEY, sim } from "./support/simulator";
import { expectTablesScrollInTheirCard } from "./support/table-scroll";

const DOMAIN = "example.com";
const ALL = 10_000;

interface Domain {
  domain: string;
  links: number;
  dofollow: number;
  firstSeen: string;
  authority: number;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const desc =
  <T>(key: (d: T) => number, name: (d: T) => string) =>
  (a: T, b: T) =>
    key(b) - key(a) || byName(name(a), name(b));
const asc =
  <T>(key: (d: T) => number, name: (d: T) => string) =>
  (a: T, b: T) =>
    key(a) - key(b) || byName(name(a), name(b));

/** The Data API's referring domains of the demo domain (all of them: 212 < the 1,000 fetched). */
const apiDomains = (): Domain[] =>
  refdomainsFor(DOMAIN, { orderBy: "domain_inlink_rank", limit: ALL }).map((d) => ({
    domain: d.refdomain,
    links: d.backlinks,
    dofollow: d.dofollow_backlinks,
    firstSeen: d.first_seen,
    authority: d.domain_inlink_rank,
  }));

/** What the provider aggregation must give: per linking host, the highest TF of its links. */
function providerDomains(): Domain[] {
  const out = new Map<string, Domain>();
  for (const r of allBacklinkRows(DOMAIN)) {
    const host = new URL(r.sourceUrl).hostname;
    const d = out.get(host) ?? {
      domain: host,
      links: 0,
      dofollow: 0,
      firstSeen: r.firstSeen,
      authority: 0,
    };
    d.links++;
    if (!r.nofollow) d.dofollow++;
    if (r.firstSeen < d.firstSeen) d.firstSeen = r.firstSeen;
    d.authority = Math.max(d.authority, r.trustFlow);
    out.set(host, d);
  }
  return [...out.values()];
}

const firstCells = (page: Page, row: string) =>
  page.getByTestId(row).locator("td:first-child").allTextContents();

async function openTab(page: Page, name: string, slugPath: string, tab: string) {
  await page.getByRole("tab", { name }).click();
  await expect(page).toHaveURL(new RegExp(`${slugPath}.*[?&]tab=${tab}`));
  await expect(page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
}

test("Data API: referring domains and anchors tabs sort, filter and export SE Ranking's lists", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const { account, admin } = await connectedWorkspace(baseURL!, "refdomains", DATA_API_DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  const path = `/${account.tenantSlug}/backlinks`;
  await page.goto(`${path}?domain=${DOMAIN}`);
  await expect(page.getByTestId("backlink-row").first()).toBeVisible({ timeout: 30_000 });

  // Referring domains: by Domain Trust, highest first.
  await openTab(page, "Referring domains", path, "refdomains");
  const domains = apiDomains();
  const byAuthority = [...domains].sort(
    desc(
      (d) => d.authority,
      (d) => d.domain,
    ),
  );
  await expect(page.getByTestId("refdomain-row")).toHaveCount(50, { timeout: 30_000 });
  expect(await firstCells(page, "refdomain-row")).toEqual(
    byAuthority.slice(0, 50).map((d) => d.domain),
  );
  await expect(page.getByTestId("tab-source")).toHaveText(
    `All ${domains.length} referring domains SE Ranking has.`,
  );

  // Links, most first; pressed again, fewest first.
  const links = page.getByRole("columnheader", { name: "Links" }).getByRole("button");
  await links.click();
  await expect(page).toHaveURL(/tsort=backlinks/);
  const mostLinks = [...domains].sort(
    desc(
      (d) => d.links,
      (d) => d.domain,
    ),
  );
  await expect
    .poll(() => firstCells(page, "refdomain-row"))
    .toEqual(mostLinks.slice(0, 50).map((d) => d.domain));
  await links.click();
  await expect(page).toHaveURL(/tdir=asc/);
  const fewestLinks = [...domains].sort(
    asc(
      (d) => d.links,
      (d) => d.domain,
    ),
  );
  await expect
    .poll(() => firstCells(page, "refdomain-row"))
    .toEqual(fewestLinks.slice(0, 50).map((d) => d.domain));

  // Export: every row of the list in the shown order.
  const file = await downloadCsv(page, /Export 212 rows \(CSV\)/, "link");
  expect(file.rows[0]).toEqual([
    "Referring domain",
    "Links",
    "Dofollow links",
    "Dofollow share (%)",
    "First seen",
    "Domain Trust",
  ]);
  expect(file.rows.slice(1)).toEqual(
    fewestLinks.map((d) => [
      d.domain,
      String(d.links),
      String(d.dofollow),
      String(Math.round((d.dofollow / d.links) * 100)),
      d.firstSeen,
      String(d.authority),
    ]),
  );

  // "Contains" filter on the domain.
  const needle = byAuthority[0]!.domain.slice(0, 5);
  await page.getByLabel("Domain contains").fill(needle);
  await page.getByRole("button", { name: "Apply" }).click();
  const matching = fewestLinks.filter((d) => d.domain.includes(needle));
  await expect
    .poll(() => firstCells(page, "refdomain-row"))
    .toEqual(matching.slice(0, 50).map((d) => d.domain));

  // Anchors: by links; then by referring domains.
  await openTab(page, "Anchors", path, "anchors");
  const anchors = anchorsFor(DOMAIN, { orderBy: "backlinks", limit: ALL });
  await expect
    .poll(() => firstCells(page, "anchor-row"))
    .toEqual(anchors.slice(0, 50).map((a) => a.anchor));
  await page.getByRole("columnheader", { name: "Referring domains" }).getByRole("button").click();
  const byDomains = [...anchors].sort(
    desc(
      (a) => a.refdomains,
      (a) => a.anchor,
    ),
  );
  await expect
    .poll(() => firstCells(page, "anchor-row"))
    .toEqual(byDomains.slice(0, 50).map((a) => a.anchor));
  const anchorsFile = await downloadCsv(page, /Export \d+ rows \(CSV\)/, "link");
  expect(anchorsFile.rows.slice(1).map((r) => r.slice(0, 3))).toEqual(
    byDomains.map((a) => [
      /^[=+\-@\t\r]/.test(a.anchor) ? `'${a.anchor}` : a.anchor,
      String(a.backlinks),
      String(a.refdomains),
    ]),
  );

  // A phone: the table scrolls inside its card, the first column pinned.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectTablesScrollInTheirCard(page, "Anchors at 390 px");
});

test("provider API: referring domains built from the links fetched, and labelled so", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const { account, admin } = await connectedWorkspace(baseURL!, "refdomainsv3", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  const path = `/${account.tenantSlug}/backlinks`;
  await page.goto(`${path}?domain=${DOMAIN}&tab=refdomains`);
  const total = allBacklinkRows(DOMAIN).length;
  await expect(page.getByTestId("tab-source")).toHaveText(
    `Built from the backlink list: from the ${total.toLocaleString("en-US")} links fetched (the whole list).`,
    { timeout: 30_000 },
  );
  const expected = providerDomains().sort(
    desc(
      (d) => d.authority,
      (d) => d.domain,
    ),
  );
  // The table draws its first rows after the source line (deferred): wait for them, not a race.
  await expect
    .poll(() => firstCells(page, "refdomain-row"), { timeout: 30_000 })
    .toEqual(expected.slice(0, 50).map((d) => d.domain));
  await expect(page.getByRole("columnheader", { name: /Top TF/ })).toBeVisible();
  // The tabs and the table: no serious or critical axe violation.
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectTablesScrollInTheirCard(page, "Referring domains at 390 px", { mustScroll: true });
});

test("Refresh reaches the Referring domains and Anchors tabs, and each tab says when its rows are from", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const { account, admin } = await connectedWorkspace(
    baseURL!,
    "refdomainsfresh",
    DATA_API_DEMO_KEY,
  );
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  const path = `/${account.tenantSlug}/backlinks`;
  // What reached SE Ranking (the simulator's call log) for this domain's tab lists.
  const calls = async (endpoint: "refdomains" | "anchors") =>
    (await sim.log(`/v1/backlinks/${endpoint}`)).filter((e) => e.query.target === DOMAIN).length;
  const freshness = page.getByTestId("tab-freshness");

  // Both tabs fetched once: SE Ranking asked, the rows fresh.
  await page.goto(`${path}?domain=${DOMAIN}&tab=anchors`);
  await expect(page.getByTestId("anchor-row").first()).toBeVisible({ timeout: 30_000 });
  await expect(freshness).toHaveText(/^These rows: data from .+$/);
  await expect(freshness).not.toContainText("(cached)");
  await openTab(page, "Referring domains", path, "refdomains");
  await expect(page.getByTestId("refdomain-row").first()).toBeVisible({ timeout: 30_000 });
  const anchorsBefore = await calls("anchors");
  expect(anchorsBefore).toBeGreaterThan(0);

  // A reload is served from the cache: no new call, and the tab says "(cached)".
  await page.reload();
  await expect(page.getByTestId("refdomain-row").first()).toBeVisible({ timeout: 30_000 });
  await expect(freshness).toContainText("(cached)");
  const refdomainsBefore = await calls("refdomains");
  expect(refdomainsBefore).toBeGreaterThan(0);

  // Refresh: the open tab asks SE Ranking again and no longer says cached.
  const tabRefresh = page.waitForRequest(
    (r) => r.url().includes("/backlinks/refdomains?") && r.url().includes("refresh=1"),
  );
  await page.getByRole("button", { name: "Refresh", exact: true }).click();
  await tabRefresh;
  await expect.poll(() => calls("refdomains")).toBeGreaterThan(refdomainsBefore);
  await expect(freshness).not.toContainText("(cached)");
  await expect(page.getByRole("button", { name: "Refresh", exact: true })).toBeEnabled();

  // The other tab, cached before the Refresh, asks SE Ranking again when it is opened.
  await openTab(page, "Anchors", path, "anchors");
  await expect(page.getByTestId("anchor-row").first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => calls("anchors")).toBeGreaterThan(anchorsBefore);
  await expect(freshness).not.toContainText("(cached)");
  // Once: going back and forth after that is served from the cache again.
  const refdomainsAfter = await calls("refdomains");
  await openTab(page, "Referring domains", path, "refdomains");
  await expect(page.getByTestId("refdomain-row").first()).toBeVisible();
  expect(await calls("refdomains")).toBe(refdomainsAfter);
});
