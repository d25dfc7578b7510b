import { expect, test } from "@playwright/test";
import { summaryFor } from "../simulator/universe";
import {
  connectedWorkspace,
  inviteAndJoin,
  newAccount,
  signInViaUi,
  signUpViaApi,
} from "./support/accounts";
import {
  CSV_HEADER,
  csvLine,
  downloadCsv,
  expectedList,
  expectedPage,
  expectRows,
} from "./support/backlinks";
import { DEMO_KEY } from "./support/simulator";

const n = (value: number) => value.toLocaleString("en-US");

test("search, summary, sort, dofollow filter, paging, reload and CSV exports", async ({
  page,
  baseURL,
}) => {
  // A long journey, now with a whole-list export job followed to its end.
  test.setTimeout(120_000);
  const { account, admin } = await connectedWorkspace(baseURL!, "explorer", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/backlinks`);

  // A pasted URL is accepted and normalised to its domain.
  const domain = "example.com";
  await page.getByLabel("Domain").fill("https://www.example.com/pricing?ref=ad");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?domain=example\.com$/);

  // Summary numbers against the simulator's own answer.
  const expected = summaryFor(domain);
  const cards: [string, number][] = [
    ["totalBacklinks", expected.total_backlinks],
    ["referringDomains", expected.referring_domains],
    ["referringIPs", expected.referring_ips],
    ["trustFlow", expected.trust_flow],
    ["citationFlow", expected.citation_flow],
    ["domainScore", expected.domain_trust_score],
    ["doFollowLinks", expected.dofollow_backlinks],
    ["noFollowLinks", expected.nofollow_backlinks],
  ];
  for (const [id, value] of cards)
    await expect(page.getByTestId(`summary-${id}`)).toHaveText(n(value));
  const ratio = expected.trust_flow / expected.citation_flow;
  await expect(page.getByTestId("summary-ratio")).toHaveText(ratio.toFixed(2));
  await expect(page.getByTestId("tf-cf-verdict")).toHaveText(
    ratio > 0.5 ? "Good profile" : "Spammy profile",
  );
  await page.getByRole("button", { name: "How the ratio is judged" }).focus();
  await expect(page.getByRole("tooltip")).toContainText("above 0.5 is good");
  await page.screenshot({ path: "test-results/backlinks-tooltip.png" });
  await expect(page.getByTestId("data-freshness")).toContainText("Data from");
  await expect(page.getByTestId("demo-badge")).toBeVisible();
  await expectRows(
    page,
    expectedPage(domain, "trust_flow", false).map((r) => r.source_url),
  );
  await expect(page.getByRole("navigation", { name: "Recent searches" })).toContainText(domain);

  // Sort by citation flow, then dofollow only: every row is dofollow.
  await page.getByRole("button", { name: /Citation Flow/ }).click();
  await expect(page).toHaveURL(/sort=citation_flow/);
  await expectRows(
    page,
    expectedPage(domain, "citation_flow", false).map((r) => r.source_url),
  );
  // click, not check(): the box reflects the URL, which updates a moment after the click.
  await page.getByLabel("Dofollow links only").click();
  await expect(page.getByLabel("Dofollow links only")).toBeChecked();
  await expect(page).toHaveURL(/dofollow=1/);
  const dofollowPage1 = expectedPage(domain, "citation_flow", true);
  await expectRows(
    page,
    dofollowPage1.map((r) => r.source_url),
  );
  await expect(page.getByTestId("backlink-row").filter({ hasText: "nofollow" })).toHaveCount(0);

  // Page forward twice and back once.
  await page.getByRole("button", { name: "Next page" }).click();
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=3/);
  await page.getByRole("button", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/page=2/);
  const page2 = expectedPage(domain, "citation_flow", true, 2);
  await expectRows(
    page,
    page2.map((r) => r.source_url),
  );
  await expect(page.getByTestId("page-status")).toContainText(
    `Rows 51–100 of at least 100 · page 2 (the summary counts ${n(expected.dofollow_backlinks)})`,
  );

  // Reload: the URL is the state.
  await page.reload();
  await expect(page.getByLabel("Dofollow links only")).toBeChecked();
  await expect(page.getByLabel("Domain")).toHaveValue(domain);
  await expectRows(
    page,
    page2.map((r) => r.source_url),
  );
  await expect(page.getByTestId("data-freshness")).toContainText("(cached)");
  await page.screenshot({ path: "test-results/backlinks-explorer.png", fullPage: true });

  // Export the current view and parse it back.
  const current = await downloadCsv(page, /Export this page/);
  expect(current.filename).toBe("backlinks-example.com-citation_flow-dofollow-page-2.csv");
  expect(current.rows).toEqual([CSV_HEADER, ...page2.map(csvLine)]);
  expect(current.text.split("\r\n")[1]).toMatch(/^"https:\/\//);

  // Export the whole (filtered) list: a job on the server, followed in the Exports panel, then
  // downloaded from it: every row, in order, and the file says why it ended.
  await page.getByRole("button", { name: "Export all backlinks (CSV)" }).click();
  const list = expectedList(domain, "citation_flow", true);
  const item = page.getByTestId("backlink-export");
  await expect(item.getByTestId("export-outcome")).toHaveText(
    `${n(list.length)} backlinks, ended because the list ended (SE Ranking sent its last page).`,
  );
  const whole = await downloadCsv(page, /Download CSV/, "link");
  expect(whole.filename).toMatch(
    /^backlinks-example\.com-citation_flow-dofollow-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  expect(whole.rows).toHaveLength(list.length + 1);
  expect(whole.rows).toEqual([CSV_HEADER, ...list.map(csvLine)]);
});

test("empty states: no key connected, and a domain without backlinks", async ({
  page,
  baseURL,
}) => {
  const account = newAccount("nokey");
  await signUpViaApi(page.request, account);
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/backlinks`);
  await expect(page.getByText("SE Ranking is not connected yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Settings → Integrations" })).toBeVisible();
  await expect(page.getByLabel("Domain")).toHaveCount(0);
  // A marketer cannot connect the key: they get a note instead of the link.
  const joined = await inviteAndJoin(page.request, baseURL!, account.tenantSlug, "marketer");
  await joined.member.dispose();
  await page.context().clearCookies();
  await signInViaUi(page, joined.email, joined.password);
  await page.goto(`/${account.tenantSlug}/backlinks`);
  await expect(page.getByText(/Ask a workspace admin to connect/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Settings → Integrations" })).toHaveCount(0);

  const { account: connected, admin } = await connectedWorkspace(baseURL!, "empty", DEMO_KEY);
  await admin.dispose();
  await page.context().clearCookies();
  await signInViaUi(page, connected.email, connected.password);
  await page.goto(`/${connected.tenantSlug}/backlinks?domain=empty-example.com`);
  await expect(page.getByText("No backlinks found for empty-example.com")).toBeVisible();
  await expect(page.getByTestId("summary-totalBacklinks")).toHaveText("0");
  await expect(page.getByTestId("tf-cf-verdict")).toHaveText("No verdict");
});
