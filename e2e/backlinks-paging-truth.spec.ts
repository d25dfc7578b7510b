import { expect, test } from "@playwright/test";
import { backlinksPageFor, summaryFor } from "../simulator/universe";
import { dataBacklinksFor } from "../simulator/universe-data-v1";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { downloadCsv, expectRows } from "./support/backlinks";
import { DATA_API_DEMO_KEY, DEMO_KEY, sim } from "./support/simulator";

// SE Ranking's list reply has no count and its summary's totals are not the list's length. With
// the simulator serving a list longer (or shorter) than the summary says, every row is reachable
// by paging, the count reads "at least" until the end is seen, and the whole-list export holds
// exactly the list's rows and says why it stopped.

const n = (value: number) => value.toLocaleString("en-US");
const LIMIT = 100;

test.afterEach(async () => {
  await sim.clearLists();
});

test("a list 380 rows longer than its summary: paged past the summary's last page, exported whole", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const domain = "paging-longer-example.com";
  const said = summaryFor(domain).total_backlinks;
  const rows = said + 380;
  await sim.setListRows(domain, rows);
  const { account, admin } = await connectedWorkspace(baseURL!, "longerlist", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);

  // The summary's last page (by its count) is full: Next stays, and the count is "at least".
  const saidPages = Math.ceil(said / LIMIT);
  await page.goto(
    `/${account.tenantSlug}/backlinks?domain=${domain}&rows=${LIMIT}&page=${saidPages}`,
  );
  await expect(page.getByTestId("backlink-row")).toHaveCount(LIMIT, { timeout: 30_000 });
  const status = page.getByTestId("page-status");
  await expect(status).toHaveText(
    `Rows ${n((saidPages - 1) * LIMIT + 1)}–${n(saidPages * LIMIT)} of at least ${n(saidPages * LIMIT)} · page ${saidPages} (the summary counts ${n(said)})`,
  );
  const next = page.getByRole("button", { name: "Next page" });
  const lastPage = Math.ceil(rows / LIMIT);
  for (let p = saidPages + 1; p <= lastPage; p++) {
    await expect(next).toBeEnabled();
    await next.click();
    await expect(page).toHaveURL(new RegExp(`[?&]page=${p}(&|$)`));
  }
  // The short last page: the exact count, the summary's quoted beside it, and no Next.
  const offset = (lastPage - 1) * LIMIT;
  const want = backlinksPageFor(domain, {
    sortBy: "trust_flow",
    dofollowOnly: false,
    offset,
    limit: LIMIT,
    rows,
  }).backlinks;
  expect(want).toHaveLength(rows - offset);
  await expectRows(
    page,
    want.map((r) => r.source_url),
  );
  await expect(status).toHaveText(
    `Rows ${n(offset + 1)}–${n(rows)} of ${n(rows)} · page ${lastPage} of ${lastPage} (the summary counts ${n(said)})`,
  );
  await expect(next).toBeDisabled();

  // The export walks to the short page, not to the summary's count.
  await page.getByRole("button", { name: "Export all backlinks (CSV)" }).click();
  const item = page.getByTestId("backlink-export");
  await expect(item.getByTestId("export-outcome")).toHaveText(
    `${n(rows)} backlinks, ended because the list ended (SE Ranking sent its last page).`,
    { timeout: 60_000 },
  );
  const file = await downloadCsv(page, /Download CSV/, "link");
  expect(file.rows).toHaveLength(rows + 1);
  expect(file.rows.at(-1)![0]).toBe(want.at(-1)!.source_url);
});

test("a Data API list shorter than its summary: the summary's last page is past the end, the export exact", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const domain = "paging-shorter-example.com";
  const said = summaryFor(domain).total_backlinks;
  const rows = 150;
  expect(said).toBeGreaterThan(2 * LIMIT);
  await sim.setListRows(domain, rows);
  const { account, admin } = await connectedWorkspace(baseURL!, "shorterlist", DATA_API_DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  const base = `/${account.tenantSlug}/backlinks?domain=${domain}&rows=${LIMIT}`;

  // Page 1: a full page proves only "at least".
  await page.goto(base);
  await expect(page.getByTestId("backlink-row")).toHaveCount(LIMIT, { timeout: 30_000 });
  const status = page.getByTestId("page-status");
  await expect(status).toHaveText(
    `Rows 1–${LIMIT} of at least ${LIMIT} · page 1 (the summary counts ${n(said)})`,
  );

  // The summary's last page: the walk ended before it.
  const saidPages = Math.ceil(said / LIMIT);
  await page.goto(`${base}&page=${saidPages}`);
  await expect(status).toHaveText(`Page ${saidPages} is past the end of the list`, {
    timeout: 30_000,
  });
  await expect(page.getByText(`Page ${saidPages} is past the end of this list.`)).toBeVisible();
  await page.getByRole("button", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  const want = dataBacklinksFor(domain, {
    orderBy: "domain_inlink_rank",
    dofollowOnly: false,
    offset: LIMIT,
    limit: LIMIT,
    rows,
  }).rows;
  await expectRows(
    page,
    want.map((r) => r.url_from),
  );
  await expect(status).toHaveText(
    `Rows ${LIMIT + 1}–${rows} of ${rows} · page 2 of 2 (the summary counts ${n(said)})`,
  );
  await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();

  await page.getByRole("button", { name: "Export all backlinks (CSV)" }).click();
  const item = page.getByTestId("backlink-export");
  await expect(item.getByTestId("export-outcome")).toHaveText(
    `${rows} backlinks, ended because the list ended (SE Ranking sent its last page).`,
    { timeout: 60_000 },
  );
  const file = await downloadCsv(page, /Download CSV/, "link");
  expect(file.rows).toHaveLength(rows + 1);
});

test("a summary of 0 is not believed over a list that has rows", async ({ page, baseURL }) => {
  const domain = "empty-example.com";
  expect(summaryFor(domain).total_backlinks).toBe(0);
  await sim.setListRows(domain, 30);
  const { account, admin } = await connectedWorkspace(baseURL!, "emptysummary", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/backlinks?domain=${domain}`);
  await expect(page.getByTestId("backlink-row")).toHaveCount(30, { timeout: 30_000 });
  await expect(page.getByTestId("page-status")).toHaveText(
    "Rows 1–30 of 30 · page 1 of 1 (the summary counts 0)",
  );
  await expect(page.getByText(`No backlinks found for ${domain}`)).toHaveCount(0);
});
