import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { keywordCheckFor } from "../simulator/universe";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, sim } from "./support/simulator";

const DOMAIN = "example.com";
const KEYWORDS = ["seo audit tool", "backlink checker", "unranked widget"];
const DAY1 = "2026-03-10";
const DAY2 = "2026-03-11";
// What a marketer pastes: blank lines and a duplicate in another case among the keywords.
const PASTE = "seo audit tool\n\n  backlink checker\nSEO Audit Tool\n\nunranked widget\n\n";

const expected = (day: string) => keywordCheckFor(DOMAIN, KEYWORDS, "google", "United States", day);
const shown = (position: number | null) =>
  position === null ? "Not in top 100" : String(position);
const row = (page: Page, keyword: string) =>
  page
    .getByTestId("keyword-row")
    .filter({ has: page.getByRole("cell", { name: keyword, exact: true }) });

test.afterAll(async () => {
  await sim.setDate(null);
  await sim.clearFaults();
});

test("track keywords, check now, see the simulator's positions, compare days, open the chart", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "kw", DEMO_KEY);
  await sim.setDate(DAY1);
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords`);
  await expect(page.getByText("No domain tracked yet")).toBeVisible();

  await page.getByLabel("Domain").fill(`https://www.${DOMAIN}/`);
  await page.getByRole("button", { name: "Track domain" }).click();
  await expect(page.getByRole("heading", { name: DOMAIN, level: 2 })).toBeVisible();

  await sim.clearLog();
  await page.getByLabel("Keywords (one per line)").fill(PASTE);
  await page.getByLabel("Tags (optional)").fill("core");
  await page.getByRole("button", { name: "Add keywords" }).click();
  await expect(
    page.getByText("Added 3 keywords; checking their positions now; 1 line was not added:"),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Rejected lines" })).toHaveText(
    "Line 4 “SEO Audit Tool”: Duplicate of line 1",
  );
  await expect(page.getByTestId("keyword-row")).toHaveCount(3);
  await expect(page.getByLabel("Tracked domain")).toContainText(
    `${DOMAIN} · Google · United States (3)`,
  );
  // New keywords are checked when added: their positions appear without pressing Check now.
  await expect(page.getByText(/^New keywords checked/)).toBeVisible();
  for (const want of expected(DAY1)) {
    await expect(row(page, want.keyword).getByRole("cell").nth(2)).toHaveText(shown(want.position));
  }
  await expect(row(page, "unranked widget")).toContainText("Not in top 100");
  // One batched call for the three added keywords, with what the project says.
  const project = { domain: DOMAIN, search_engine: "google", location_name: "United States" };
  expect((await sim.log("/keywords/check/")).map((c) => c.body)).toEqual([
    { ...project, keywords: KEYWORDS },
  ]);

  // Check now: one batched call for every keyword of the domain.
  await sim.clearLog();
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByText(/^Last checked/)).toBeVisible();
  expect((await sim.log("/keywords/check/")).map((c) => c.body)).toEqual([
    { ...project, keywords: KEYWORDS },
  ]);

  // The next day: the change column follows the simulator's drift.
  await sim.setDate(DAY2);
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByRole("button", { name: "Check now" })).toBeEnabled();
  for (const [i, want] of expected(DAY2).entries()) {
    const before = expected(DAY1)[i]!.position;
    const cells = row(page, want.keyword).getByRole("cell");
    await expect(cells.nth(2)).toHaveText(shown(want.position));
    const delta = before !== null && want.position !== null ? before - want.position : null;
    const change =
      delta === null
        ? "–no comparison"
        : delta === 0
          ? "=unchanged"
          : `${delta > 0 ? "▲" : "▼"} ${Math.abs(delta)}`;
    await expect(cells.nth(3)).toContainText(change);
  }

  // Before any choice the chart shows the best-placed keywords (up to five), best first.
  const ranked = expected(DAY2)
    .filter((k) => k.position !== null)
    .sort((a, b) => a.position! - b.position!);
  const chart = page.getByTestId("history-chart");
  // The chart is drawn once it comes near the screen.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator(".recharts-line")).toHaveCount(Math.min(5, ranked.length));
  for (const k of expected(DAY2)) {
    const box = page.getByLabel(`Show “${k.keyword}” in the history chart`);
    if (k.position === null) await expect(box).not.toBeChecked();
    else await expect(box).toBeChecked();
  }
  // The user's own choice replaces it.
  for (const k of ranked)
    await page.getByLabel(`Show “${k.keyword}” in the history chart`).uncheck();
  await expect(page.getByText("No keyword chosen yet.")).toBeVisible();
  await page.getByLabel("Show “seo audit tool” in the history chart").check();
  await page.getByLabel("Show “backlink checker” in the history chart").check();
  await expect(chart.locator(".recharts-line")).toHaveCount(2);
  // Recharts orders its legend by name.
  await expect(chart.locator(".recharts-legend-item")).toHaveText([
    "backlink checker",
    "seo audit tool",
  ]);
  await page.screenshot({ path: "test-results/keywords-page.png", fullPage: true });

  // Filters live in the URL: "Not ranked" leaves only the unranked keyword.
  await page.getByRole("combobox", { name: "Position" }).selectOption("unranked");
  await expect(page).toHaveURL(/bucket=unranked/);
  await expect(page.getByTestId("keyword-row")).toHaveCount(1);

  // One more keyword: one batched call for it alone; the three already there are not asked again.
  await page.goto(`/${account.tenantSlug}/keywords`);
  await sim.clearLog();
  // A domain with keywords keeps the form folded.
  await page.locator("summary", { hasText: "Add keywords" }).click();
  await page.getByLabel("Keywords (one per line)").fill("rank tracker");
  await page.getByRole("button", { name: "Add keywords" }).click();
  const [later] = keywordCheckFor(DOMAIN, ["rank tracker"], "google", "United States", DAY2);
  await expect(row(page, "rank tracker").getByRole("cell").nth(2)).toHaveText(
    shown(later!.position),
  );
  await expect(page.getByText(/^New keywords checked/)).toBeVisible();
  expect((await sim.log("/keywords/check/")).map((c) => c.body)).toEqual([
    { ...project, keywords: ["rank tracker"] },
  ]);
  await admin.dispose();
});

test("a failed check is stored as failed, keeps the history, and the CSV export has every row", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "kwfail", DEMO_KEY);
  await sim.setDate(DAY1);
  const base = `/api/tenants/${account.tenantSlug}/keywords/projects`;
  const { project } = await (
    await admin.post(base, { data: { domain: DOMAIN, searchEngine: "google" } })
  ).json();
  const added = await admin.post(`${base}/${project.id}/keywords`, {
    data: { text: `${KEYWORDS.join("\n")}\n=HYPERLINK("http://evil")` },
  });
  // The added keywords' check is the first, good check.
  const body = await added.json();
  expect(body.added).toHaveLength(4);
  expect(body.check).toMatchObject({ trigger: "added", total: 4 });
  await expect
    .poll(async () => (await (await admin.get(`${base}/${project.id}/checks`)).json()).run.status)
    .toBe("done");

  // Every attempt (first try and the client's retries) fails.
  await sim.addFault({ kind: "status", status: 503, path: "/keywords/check/", count: 4 });
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords`);
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByText(/^Last check failed/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("keyword-row").filter({ hasText: "Check failed" })).toHaveCount(4);
  // The best position still comes from the earlier, good check.
  const first = expected(DAY1).find((k) => k.keyword === "seo audit tool")!;
  await expect(row(page, "seo audit tool").getByRole("cell").nth(6)).toHaveText(
    first.position === null ? "–" : String(first.position),
  );
  // The last good check's answers stay visible, labelled as last known, beside the failure.
  await page.screenshot({ path: "test-results/keywords-last-known.png" });
  for (const k of expected(DAY1)) {
    const cells = row(page, k.keyword).getByRole("cell");
    await expect(cells.nth(2)).toContainText(`Last known: ${shown(k.position)}`);
    await expect(cells.nth(2)).toContainText("Check failed");
    if (k.url) await expect(cells.nth(7)).toContainText(k.url.replace(/^https?:\/\//, ""));
    if (k.volume !== null)
      await expect(cells.nth(8)).toHaveText(`Last known: ${k.volume.toLocaleString("en-US")}`);
  }

  const csv = await admin.get(`${base}/${project.id}/export`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe(
    '"Date (ISO 8601, UTC)","Engine","Location","Keyword","Position","Status","URL","Volume","Tags","Error"',
  );
  expect(lines).toHaveLength(1 + 4 * 2);
  expect(lines.filter((l) => l.includes('"check failed",""'))).toHaveLength(4);
  // Position is a number or empty; whether a keyword ranked is the Status column's to say.
  expect(lines.some((l) => l.includes('"unranked widget","","not in top 100","",'))).toBe(true);
  const positions = lines.slice(1).map((l) => Papa.parse<string[]>(l).data[0]![4]);
  expect(positions.every((p) => p === "" || /^\d+$/.test(p!))).toBe(true);
  expect(lines.filter((l) => l.includes('"ranked"'))).not.toHaveLength(0);
  expect(lines.some((l) => l.includes(`"'=HYPERLINK(""http://evil"")"`))).toBe(true);
  await admin.dispose();
});

test("edit a keyword's tags, sort by keyboard, delete a keyword and the domain after confirming", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "kwedit", DEMO_KEY);
  const base = `/api/tenants/${account.tenantSlug}/keywords/projects`;
  const { project } = await (
    await admin.post(base, { data: { domain: DOMAIN, searchEngine: "google" } })
  ).json();
  await admin.post(`${base}/${project.id}/keywords`, { data: { text: KEYWORDS.join("\n") } });
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords`);
  await expect(page.getByTestId("keyword-row")).toHaveCount(3);

  // Tags: a bad one is refused in the dialog; good ones are cleaned, saved and survive a reload.
  await page.getByRole("button", { name: "Edit tags of “seo audit tool”" }).click();
  const dialog = page.getByRole("dialog", { name: "Tags of “seo audit tool”" });
  await dialog.getByLabel("Tags").fill("brand, <b>");
  await dialog.getByRole("button", { name: "Save tags" }).click();
  await expect(dialog.getByText("Tags may use letters, digits, spaces, - and _")).toBeVisible();
  await dialog.getByLabel("Tags").fill(" Brand,  Money Pages ,brand");
  await dialog.getByRole("button", { name: "Save tags" }).click();
  await expect(dialog).toHaveCount(0);
  const tagsOf = (keyword: string) => row(page, keyword).getByRole("list", { name: "Tags" });
  await expect(tagsOf("seo audit tool").getByRole("listitem")).toHaveText(["brand", "money pages"]);
  await page.reload();
  await expect(tagsOf("seo audit tool").getByRole("listitem")).toHaveText(["brand", "money pages"]);
  await page.getByRole("combobox", { name: "Tag" }).selectOption("money pages");
  await expect(page.getByTestId("keyword-row")).toHaveCount(1);
  await page.getByRole("combobox", { name: "Tag" }).selectOption("");

  // Sorting from the keyboard: Tab to the header's button, Enter sorts A→Z, Enter again Z→A.
  const header = page.getByRole("columnheader", { name: "Keyword", exact: true });
  await header.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("keyword-row").first().getByRole("cell").nth(1)).toHaveText(
    "backlink checker",
  );
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByTestId("keyword-row").first().getByRole("cell").nth(1)).toHaveText(
    "unranked widget",
  );
  // The sort is in the URL: a reload (or a shared link) keeps it.
  await expect(page).toHaveURL(/[?&]sort=-keyword/);
  await page.reload();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByTestId("keyword-row").first().getByRole("cell").nth(1)).toHaveText(
    "unranked widget",
  );

  // Deleting asks first: Cancel keeps the keyword, confirming removes it for good.
  await page.getByRole("button", { name: "Delete “backlink checker”" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Stop tracking “backlink checker”?" });
  await expect(confirm).toContainText("whole position history are deleted");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("keyword-row")).toHaveCount(3);
  await page.getByRole("button", { name: "Delete “backlink checker”" }).click();
  await confirm.getByRole("button", { name: "Delete keyword" }).click();
  await expect(page.getByTestId("keyword-row")).toHaveCount(2);
  await expect(row(page, "backlink checker")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("keyword-row")).toHaveCount(2);
  await expect(page.getByLabel("Tracked domain")).toContainText(`${DOMAIN} · Google`);
  await page.screenshot({ path: "test-results/keywords-edit.png", fullPage: true });

  // Stop tracking the domain: confirmed, it is gone from the page and from the API.
  await page.getByRole("button", { name: "Stop tracking" }).click();
  const stop = page.getByRole("alertdialog", { name: `Stop tracking ${DOMAIN}?` });
  await expect(stop).toContainText("Its 2 keywords");
  await stop.getByRole("button", { name: "Stop tracking" }).click();
  await expect(page.getByText("No domain tracked yet")).toBeVisible();
  expect((await (await admin.get(base)).json()).projects).toEqual([]);
  await admin.dispose();
});
