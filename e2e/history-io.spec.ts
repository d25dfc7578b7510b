// History in and out: a project's CSV export read into a new project gives the same history,
// and a malformed file is refused with a message per problem and nothing stored.
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, sim } from "./support/simulator";

const KEYWORDS = ["seo audit tool", "backlink checker", "unranked widget"];
const ROW_CELL_POSITION = 2;

test.afterAll(async () => {
  await sim.setDate(null);
});

async function finishedCheck(admin: APIRequestContext, url: string) {
  await expect
    .poll(async () => (await (await admin.get(`${url}/checks`)).json()).run?.status, {
      timeout: 20_000,
    })
    .toBe("done");
}

const rowsOf = (page: Page) => page.getByTestId("keyword-row");
const positionsShown = async (page: Page) =>
  Object.fromEntries(
    await Promise.all(
      KEYWORDS.map(async (k) => [
        k,
        await rowsOf(page)
          .filter({ has: page.getByRole("cell", { name: k, exact: true }) })
          .getByRole("cell")
          .nth(ROW_CELL_POSITION)
          .textContent(),
      ]),
    ),
  );

test("export → import into a new project gives the same history", async ({ page, baseURL }) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "hio", DEMO_KEY);
  const base = `/api/tenants/${account.tenantSlug}/keywords/projects`;
  await sim.setDate("2026-03-10");
  const { project: source } = await (
    await admin.post(base, { data: { domain: "example.com", searchEngine: "google" } })
  ).json();
  await admin.post(`${base}/${source.id}/keywords`, { data: { text: KEYWORDS.join("\n") } });
  await finishedCheck(admin, `${base}/${source.id}`);
  await sim.setDate("2026-03-11");
  await admin.post(`${base}/${source.id}/checks`);
  await finishedCheck(admin, `${base}/${source.id}`);
  const exported = await (await admin.get(`${base}/${source.id}/export`)).text();
  expect(exported.trim().split("\r\n")).toHaveLength(1 + 2 * KEYWORDS.length);

  const { project: copy } = await (
    await admin.post(base, { data: { domain: "example.net", searchEngine: "google" } })
  ).json();
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords?project=${source.id}`);
  await expect(rowsOf(page)).toHaveCount(3);
  const sourcePositions = await positionsShown(page);

  await page.goto(`/${account.tenantSlug}/keywords?project=${copy.id}`);
  await page.getByText("Import history").click();
  await page.getByLabel("History file (CSV in UTF-8, at most 10 MB)").setInputFiles({
    name: "history.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(exported),
  });
  // Our own column names are recognised: the picker shows them chosen.
  await expect(page.getByLabel("Keyword (required)")).toHaveValue("3");
  await expect(page.getByTestId("import-preview-summary")).toHaveText(
    "6 rows read: 6 to add, 0 already stored. 3 keywords are not tracked yet and will be added.",
  );
  await page.getByRole("button", { name: "Import 6 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 6 rows." })).toContainText(
    "Added 3 keywords not tracked before:",
  );
  await expect(rowsOf(page)).toHaveCount(3);
  expect(await positionsShown(page)).toEqual(sourcePositions);

  // The copy's own export is the same file, date for date and row for row.
  const reexported = await (await admin.get(`${base}/${copy.id}/export`)).text();
  expect(reexported).toBe(exported);
  // And the same file again adds nothing.
  const again = await admin.post(`${base}/${copy.id}/import`, {
    headers: { "Content-Type": "text/csv" },
    data: Buffer.from(exported),
  });
  expect((await again.json()).summary).toMatchObject({ added: 0, alreadyStored: 6 });
  await admin.dispose();
});

test("a malformed import: a clear message per problem, nothing stored", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "hiobad", DEMO_KEY);
  const base = `/api/tenants/${account.tenantSlug}/keywords/projects`;
  const { project } = await (
    await admin.post(base, { data: { domain: "example.com", searchEngine: "google" } })
  ).json();
  const send = (data: Buffer, headers: Record<string, string> = {}) =>
    admin.post(`${base}/${project.id}/import`, {
      headers: { "Content-Type": "text/csv", ...headers },
      data,
    });

  const latin1 = Buffer.concat([
    Buffer.from("Keyword,Date,Position\ncaf"),
    Buffer.from([0xe9]),
    Buffer.from(",2026-03-10,4\n"),
  ]);
  const encoding = await send(latin1);
  expect(encoding.status()).toBe(422);
  expect((await encoding.json()).problems).toEqual([
    { row: null, message: expect.stringMatching(/^The file is not UTF-8 text.*CSV UTF-8/) },
  ]);

  const noKeyword = await send(Buffer.from("Date,Position\n2026-03-10,4\n"));
  expect((await noKeyword.json()).problems).toEqual([
    { row: null, message: "The file has no keyword column: choose which column holds the keyword" },
  ]);

  const rows = await send(
    Buffer.from(
      "Keyword,Date,Position\nalpha,2026-03-10,abc\nbeta,2026-03-10,0\ngamma,2026-03-10,101\ndelta,2099-01-01,5\nepsilon,2026-03-10,7\n",
    ),
  );
  expect(rows.status()).toBe(422);
  const body = await rows.json();
  expect(body.error.message).toBe("4 problems in the file: nothing was imported");
  expect(body.problems).toEqual([
    {
      row: 2,
      message: expect.stringMatching(/^Position "abc" must be a whole number from 1 to 100/),
    },
    { row: 3, message: expect.stringMatching(/^Position "0" must be a whole number/) },
    { row: 4, message: expect.stringMatching(/^Position "101" must be a whole number/) },
    { row: 5, message: "Date 2099-01-01 is in the future" },
  ]);

  // 50 MB: refused from its size, with a message that says what to do.
  const huge = await send(Buffer.alloc(50 * 1024 * 1024, "a"));
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.message).toMatch(/^The file is larger than 10 MB: split it/);

  // Nothing of any of it was stored: no keyword, no history row.
  const ranking = await (await admin.get(`${base}/${project.id}`)).json();
  expect(ranking.keywords).toEqual([]);
  const csv = (await (await admin.get(`${base}/${project.id}/export`)).text()).trim();
  expect(csv.split("\r\n")).toHaveLength(1);

  // The page shows each problem with its row before anything is imported.
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords?project=${project.id}`);
  await page.getByText("Import history").click();
  await page.getByLabel("History file (CSV in UTF-8, at most 10 MB)").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Keyword,Date,Position\nalpha,2026-03-10,abc\nbeta,2099-01-01,3\n"),
  });
  const problems = page.getByRole("list", { name: "Problems" });
  await expect(problems.getByRole("listitem")).toHaveText([
    /^Row 2: Position "abc" must be a whole number from 1 to 100/,
    "Row 3: Date 2099-01-01 is in the future",
  ]);
  await expect(page.getByRole("button", { name: /^Import \d+ rows/ })).toHaveCount(0);
  await admin.dispose();
});
