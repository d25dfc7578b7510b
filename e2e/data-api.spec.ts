// A key from seranking.com speaks only the public Data API: connecting it detects dialect
// data-v1, and backlinks, prospects and keywords all work and say DT/PT, never TF/CF.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { keyIdFor } from "../simulator/keys";
import { dataBacklinksFor, dataSummaryFor, domainKeywordsFor } from "../simulator/universe-data-v1";
import { signedUpInBrowser } from "./support/accounts";
import { expectRows } from "./support/backlinks";
import { DATA_API_DEMO_KEY, sim } from "./support/simulator";

const DAY = "2026-03-10";
const n = (v: number) => v.toLocaleString("en-US");
const noTfCf = async (page: Page) => {
  await expect(page.getByText(/Trust Flow|Citation Flow/)).toHaveCount(0);
};

test.afterAll(async () => {
  await sim.setDate(null);
});

test("a Data API key: data-v1 detected, then backlinks, prospects and keywords in DT/PT", async ({
  page,
  baseURL,
}) => {
  // Four features end to end, each walking its upstream calls: more than one default budget.
  test.slow();
  const account = await signedUpInBrowser(page, baseURL!, "datav1");

  // Connect: Test finds the Data API (tried first), Save stores dialect data-v1.
  await sim.clearLog();
  await page.goto(`/${account.tenantSlug}/settings/integrations`);
  await page.getByLabel("SE Ranking API key").fill(DATA_API_DEMO_KEY);
  await page.getByRole("button", { name: "Test key" }).click();
  await expect(page.getByTestId("tested-dialect")).toHaveText(/Data API/);
  await page.getByRole("button", { name: "Save" }).click();
  const dialect = page.getByTestId("integration-dialect");
  await expect(dialect).toHaveAttribute("data-dialect", "data-v1");
  await expect(dialect).toContainText("Domain Trust (DT) / Page Trust (PT)");
  const mine = <E extends { keyId?: string }>(entries: E[]) =>
    entries.filter((e) => e.keyId === keyIdFor(DATA_API_DEMO_KEY));
  const subscription = mine(await sim.log("/v1/account/subscription"));
  expect(subscription.map((e) => (e as { status: number }).status)).toContain(200);
  // Detection tries the Data API first, so the provider API was never asked about this key.
  expect(mine(await sim.log("/system/account/"))).toEqual([]);
  await page.screenshot({ path: "test-results/data-v1-integration.png", fullPage: true });

  // Backlinks: DT/PT cards and columns, the DT rule instead of the TF/CF ratio.
  const domain = "example.com";
  const s = dataSummaryFor(domain);
  await page.goto(`/${account.tenantSlug}/backlinks?domain=${domain}`);
  await expect(page.getByTestId("summary-totalBacklinks")).toHaveText(n(s.backlinks));
  await expect(page.getByTestId("summary-trustFlow")).toHaveText(n(s.domain_inlink_rank));
  await expect(page.getByTestId("summary-citationFlow")).toHaveText(n(s.inlink_rank));
  await expect(page.getByText("Domain Trust (DT)", { exact: true })).toBeVisible();
  await expect(page.getByTestId("verdict-rule")).toContainText("DT ≥ 30 is trusted");
  await expect(page.getByRole("columnheader", { name: /Domain Trust/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Page Trust/ })).toBeVisible();
  // Rows as the Data API orders them (by DT). It has no offset: the rows are walked once with
  // /v1/backlinks/raw's cursor and stored, so page 2 buys only its own 50 rows.
  const top = dataBacklinksFor(domain, {
    orderBy: "domain_inlink_rank",
    dofollowOnly: false,
    limit: 100,
  });
  await expectRows(
    page,
    top.rows.slice(0, 50).map((r) => r.url_from),
  );
  await page.goto(`/${account.tenantSlug}/backlinks?domain=${domain}&page=2`);
  await expectRows(
    page,
    top.rows.slice(50, 100).map((r) => r.url_from),
  );
  const raw = mine(await sim.log("/v1/backlinks/raw"));
  expect(raw.map((e) => [e.query.limit, Boolean(e.query.next), e.credits])).toEqual([
    ["50", false, 50],
    ["50", true, 50],
  ]);
  expect(raw[0]?.query).toMatchObject({ order_by: "domain_inlink_rank", mode: "domain" });
  expect(mine(await sim.log("/v1/backlinks/all"))).toEqual([]);
  await expect(page.getByTestId("refresh-estimate")).toContainText("credits");
  await noTfCf(page);
  await page.screenshot({ path: "test-results/data-v1-backlinks.png", fullPage: true });

  // Prospects: DT/PT columns, DT verdicts, the DT rules stated, DT-vs-PT scatter, CSV headers.
  const prospects = ["authority-example.com", "example.com", "spammy-example.com"];
  await page.goto(`/${account.tenantSlug}/prospects`);
  await page.getByLabel("New list name").fill("DT list");
  await page.getByRole("button", { name: "Create list" }).click();
  await page.getByLabel("Domains", { exact: true }).fill(prospects.join("\n"));
  await page.getByRole("button", { name: "Add domains" }).click();
  // The price is said before the run: counts (/metrics) and DT/PT (/authority), 1 credit each.
  await expect(page.getByTestId("run-estimate")).toContainText(
    "3 domains to fetch: about 6 SE Ranking credits in 2 requests",
  );
  await sim.clearLog();
  await page.getByRole("button", { name: "Fetch metrics" }).click();
  await expect(page.getByTestId("run-summary")).toContainText(
    "Fetch finished: 3 fetched, 0 failed",
  );
  // /metrics has counts only; DT/PT come from /authority, in the same run.
  expect(mine(await sim.log("/v1/backlinks/metrics"))).toHaveLength(1);
  expect(mine(await sim.log("/v1/backlinks/authority"))).toHaveLength(1);
  for (const d of prospects) {
    const cells = page
      .getByTestId("prospect-row")
      .filter({ has: page.getByText(d, { exact: true }) })
      .locator("td");
    // Every one of these domains has links, so a blank or zero DT/PT would be a bug.
    expect(dataSummaryFor(d).backlinks).toBeGreaterThan(0);
    expect(dataSummaryFor(d).domain_inlink_rank).toBeGreaterThan(0);
    await expect(cells.nth(2)).toHaveText(n(dataSummaryFor(d).domain_inlink_rank));
    await expect(cells.nth(3)).toHaveText(n(dataSummaryFor(d).inlink_rank));
  }
  await expect(page.getByRole("columnheader", { name: "Domain Trust" })).toBeVisible();
  await expect(page.getByTestId("inlink-rank-rules")).toContainText(
    "backlinks per referring domain",
  );
  await expect(page.getByLabel("Minimum DT", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("figure", { name: "Domain Trust against Page Trust scatter" }),
  ).toBeVisible();
  await noTfCf(page);
  await page.screenshot({ path: "test-results/data-v1-prospects.png", fullPage: true });
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = (await readFile((await (await downloadPromise).path())!)).toString("utf8");
  const [header] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "")).data;
  expect(header).toEqual(expect.arrayContaining(["Domain Trust", "Page Trust"]));
  expect(header).not.toContain("Trust Flow");

  // Keywords: positions come from the domain's ranking keywords (Google, US database).
  await sim.setDate(DAY);
  const ranking = domainKeywordsFor(domain, "us", DAY, 1000);
  const tracked = [ranking[0]!, ranking[5]!];
  await page.goto(`/${account.tenantSlug}/keywords`);
  await page.getByLabel("Domain").fill(domain);
  // The Data API has Google positions only: Bing is refused on the form, nothing is created.
  await page.getByLabel("Search engine").selectOption("bing");
  await page.getByRole("button", { name: "Track domain" }).click();
  await expect(page.getByLabel("Search engine")).toHaveAccessibleDescription(
    /only has Google positions/,
  );
  await page.getByLabel("Search engine").selectOption("google");
  await page.getByRole("button", { name: "Track domain" }).click();
  await page
    .getByLabel("Keywords (one per line)")
    .fill([...tracked.map((k) => k.keyword), "unranked widget"].join("\n"));
  await sim.clearLog();
  await page.getByRole("button", { name: "Add keywords" }).click();
  await expect(page.getByTestId("keyword-row")).toHaveCount(3);
  // The added keywords are checked at once: one call for the three of them.
  await expect(page.getByText(/^New keywords checked/)).toBeVisible();
  const onAdd = await sim.log("/v1/domain/keywords");
  expect(onAdd).toHaveLength(1);
  expect(JSON.parse(onAdd[0]!.query["filter[multi_keyword_included]"]!)).toHaveLength(3);
  await sim.clearLog();
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByText(/^Last checked/)).toBeVisible();
  const kwRow = (k: string) =>
    page
      .getByTestId("keyword-row")
      .filter({ has: page.getByRole("cell", { name: k, exact: true }) });
  for (const k of tracked) {
    await expect(kwRow(k.keyword).getByRole("cell").nth(2)).toHaveText(String(k.position));
  }
  await expect(kwRow("unranked widget")).toContainText("Not in top 100");
  const calls = await sim.log("/v1/domain/keywords");
  expect(calls).toHaveLength(1);
  expect(calls[0]!.query).toMatchObject({ domain, source: "us", type: "organic", page: "1" });
  // Only the tracked keywords are asked for (cost per row), by the OpenAPI's filter name.
  expect(JSON.parse(calls[0]!.query["filter[multi_keyword_included]"]!)).toHaveLength(3);
  // Database positions are labelled as such, with the data's month, and no daily change.
  const label = "SE Ranking database position (monthly)";
  await expect(page.getByRole("columnheader", { name: label })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Change", exact: true })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "7 days" })).toHaveCount(0);
  await expect(page.getByTestId("positions-source").first()).toContainText(
    new RegExp(`${label.replace(/[()]/g, "\\$&")}, data of \\w+ \\d{4}`),
  );
  await page.screenshot({ path: "test-results/data-v1-keywords.png", fullPage: true });
  const kwDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const kwCsv = (await readFile((await (await kwDownload).path())!)).toString("utf8");
  const [kwHeader] = Papa.parse<string[]>(kwCsv.replace(/^\uFEFF/, "")).data;
  expect(kwHeader).toEqual(expect.arrayContaining([label, "Data of"]));
  expect(kwHeader).not.toContain("Position");
});

test("a Data API key: page 20 of a 10,000-link domain costs one page of rows, not 20", async ({
  page,
  baseURL,
}) => {
  // Page 19 walks and stores 950 rows before it renders.
  test.slow();
  const account = await signedUpInBrowser(page, baseURL!, "datav1deep");
  await page.goto(`/${account.tenantSlug}/settings/integrations`);
  await page.getByLabel("SE Ranking API key").fill(DATA_API_DEMO_KEY);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("integration-dialect")).toHaveAttribute("data-dialect", "data-v1");

  const domain = "deep-example.com"; // 10,000 links in the simulator
  const rows = dataBacklinksFor(domain, {
    orderBy: "domain_inlink_rank",
    dofollowOnly: false,
    offset: 900,
    limit: 100,
  }).rows;
  await sim.clearLog();
  await page.goto(`/${account.tenantSlug}/backlinks?domain=${domain}&page=19`);
  await expect(page.getByTestId("backlink-row").first()).toBeVisible({ timeout: 30_000 });
  await expectRows(
    page,
    rows.slice(0, 50).map((r) => r.url_from),
  );
  const before = await sim.log("/v1/backlinks/raw");
  expect(before.reduce((sum, e) => sum + (e.credits ?? 0), 0)).toBe(950);

  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=20/);
  await expect(page.getByTestId("backlink-row").first()).toBeVisible({ timeout: 30_000 });
  await expectRows(
    page,
    rows.slice(50, 100).map((r) => r.url_from),
  );
  const after = (await sim.log("/v1/backlinks/raw")).slice(before.length);
  // One request for exactly the 50 new rows, continuing from the stored cursor.
  expect(after.map((e) => [e.query.limit, Boolean(e.query.next), e.credits])).toEqual([
    ["50", true, 50],
  ]);
  // Back to page 1: already stored, nothing more to pay.
  await page.goto(`/${account.tenantSlug}/backlinks?domain=${domain}&page=1`);
  await expect(page.getByTestId("backlink-row")).toHaveCount(50);
  expect(await sim.log("/v1/backlinks/raw")).toHaveLength(before.length + 1);
});
