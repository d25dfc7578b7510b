import { expect, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { CSV_HEADER, csvLine, downloadCsv, expectedList } from "./support/backlinks";
import { DEMO_KEY, sim } from "./support/simulator";

// The whole-list export is a job on the server: it goes on with the tab closed, and a later
// visit finds it, follows it, and downloads the stored file.

const DOMAIN = "giant-example.com";

test("a 20,000-link export goes on with the page closed and downloads complete later", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { account, admin } = await connectedWorkspace(baseURL!, "bigexport", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  const url = `/${account.tenantSlug}/backlinks?domain=${DOMAIN}`;
  await page.goto(url);
  await expect(page.getByTestId("backlink-row")).toHaveCount(50, { timeout: 30_000 });

  // The export's third page waits until released (re-held after each 503 the client retries),
  // so the page is surely closed while the job is mid-walk with 2,000 rows stored.
  await sim.addFault({
    kind: "hold",
    path: "/research/backlinks/",
    key: DEMO_KEY,
    nth: 3,
    count: 1000,
    maxHoldMs: 2000,
  });
  try {
    await page.getByRole("button", { name: "Export all backlinks (CSV)" }).click();
    const exportItem = page.getByTestId("backlink-export");
    await expect(exportItem).toHaveCount(1);
    // The list has no count: until its end is seen the export says "at least".
    await expect(exportItem.getByTestId("export-progress")).toHaveText(
      "At least 2,000 backlinks so far",
    );
    await page.close();

    const later = await context.newPage();
    await later.goto(url);
    const item = later.getByTestId("backlink-export");
    // A cold page on a busy machine: give its first render time (nothing here waits on a clock).
    await expect(item.getByRole("progressbar")).toBeVisible({ timeout: 30_000 });
    await expect(item.getByTestId("export-progress")).toHaveText("At least 2,000 backlinks so far");
    await sim.release();
    // Polled by the page itself until the job ends: no sleeping here.
    await expect(item.getByTestId("export-outcome")).toHaveText(
      "20,000 backlinks, ended because the list ended (SE Ranking sent its last page).",
      { timeout: 60_000 },
    );
    await expect(item.getByRole("progressbar")).toHaveCount(0);

    const file = await downloadCsv(later, /Download CSV/, "link");
    expect(file.filename).toMatch(
      /^backlinks-giant-example\.com-trust_flow-all-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(file.rows).toHaveLength(20_001);
    expect(file.rows[0]).toEqual(CSV_HEADER);
    expect(file.rows.slice(1)).toEqual(expectedList(DOMAIN, "trust_flow", false).map(csvLine));
  } finally {
    await sim.clearFaults();
  }
});

test("an export is cancelled between pages, keeps its rows, and resumes to the end", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { account, admin } = await connectedWorkspace(baseURL!, "cancelexport", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/backlinks?domain=authority-example.com`);
  await expect(page.getByTestId("backlink-row")).toHaveCount(50, { timeout: 30_000 });
  // Page 2 of the export waits until released, so the cancel lands mid-walk.
  await sim.addFault({
    kind: "hold",
    path: "/research/backlinks/",
    key: DEMO_KEY,
    nth: 2,
    count: 1000,
    maxHoldMs: 2000,
  });
  try {
    await page.getByRole("button", { name: "Export all backlinks (CSV)" }).click();
    const item = page.getByTestId("backlink-export");
    await expect(item.getByTestId("export-progress")).toHaveText("At least 1,000 backlinks so far");
    await item.getByRole("button", { name: "Cancel" }).click();
    await expect(item.getByTestId("export-outcome")).toHaveText(
      "1,000 backlinks, ended because it was cancelled.",
    );
    await sim.release();
    await sim.clearFaults();
    // The partial file is there to take; resuming keeps it and walks on from backlink 1,001.
    const partial = await downloadCsv(page, /Download CSV/, "link");
    expect(partial.rows).toHaveLength(1001);
    await item.getByRole("button", { name: "Resume export" }).click();
    await expect(item.getByTestId("export-outcome")).toHaveText(
      "5,000 backlinks, ended because the list ended (SE Ranking sent its last page).",
      { timeout: 30_000 },
    );
    const whole = await downloadCsv(page, /Download CSV/, "link");
    expect(whole.rows.slice(1)).toEqual(
      expectedList("authority-example.com", "trust_flow", false).map(csvLine),
    );
  } finally {
    await sim.clearFaults();
  }
});

test("a bad domain is refused before anything is stored", async ({ page, baseURL }) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "badexport", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  const exportsUrl = `/api/tenants/${account.tenantSlug}/backlinks/exports`;
  const refused = await page.request.post(exportsUrl, { data: { domain: "foo@bar.com" } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.fields.domain).toMatch(/not an email address/);
  const listed = await page.request.get(`${exportsUrl}?domain=bar.com`);
  expect((await listed.json()).exports).toEqual([]);
});
