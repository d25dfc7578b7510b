import { expect, type Page, test } from "@playwright/test";
import type { ListReply } from "../lib/services/backlinks/backlinks-service";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { expectRows } from "./support/backlinks";
import { DEMO_KEY, sim } from "./support/simulator";

// A denser backlinks table: page size in the URL, anchor / source URL filters applied by the
// server, whole source URLs. Expectations come from the app's own unfiltered API rows.

const DOMAIN = "density-example.com"; // 2,103 links, used by no other spec
const has = (value: string, text: string) => value.toLowerCase().includes(text.toLowerCase());

async function apiRows(page: Page, slug: string, limit: number) {
  const q = new URLSearchParams({ domain: DOMAIN, limit: String(limit) });
  const reply = await page.request.get(`/api/tenants/${slug}/backlinks?${q}`);
  expect(reply.status()).toBe(200);
  return ((await reply.json()) as ListReply).rows;
}

test("100 rows a page kept in the URL, anchor and URL filters, whole URLs at 390 px", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const { account, admin } = await connectedWorkspace(baseURL!, "density", DEMO_KEY);
  await admin.dispose();
  const slug = account.tenantSlug;
  await signInViaUi(page, account.email, account.password);

  // Any size but the table's own is refused by the API, saying which sizes there are.
  const refused = await page.request.get(
    `/api/tenants/${slug}/backlinks?domain=${DOMAIN}&limit=30`,
  );
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.fields.limit).toBe(
    "Rows per page must be one of 25, 50, 100, 250",
  );

  await page.goto(`/${slug}/backlinks?domain=${DOMAIN}`);
  await expect(page.getByTestId("backlink-row")).toHaveCount(50, { timeout: 30_000 });
  await page.getByLabel("Rows per page").selectOption("100");
  await expect(page).toHaveURL(/[?&]rows=100(&|$)/);
  const rows = await apiRows(page, slug, 100);
  expect(rows).toHaveLength(100);
  await expectRows(
    page,
    rows.map((r) => r.sourceUrl),
  );
  await page.reload();
  await expect(page.getByLabel("Rows per page")).toHaveValue("100");
  await expectRows(
    page,
    rows.map((r) => r.sourceUrl),
  );
  // The list has no count: a full page proves "at least"; the summary's count is only quoted.
  await expect(page.getByTestId("page-status")).toContainText(
    "Rows 1–100 of at least 100 · page 1 (the summary counts 2,103)",
  );
  // The 100-row page was bought once, for its 100 rows (the API read above was served cached).
  const bought = (await sim.log("/research/backlinks/")).filter(
    (e) => e.query.domain === DOMAIN && e.query.limit === "100",
  );
  expect(bought.map((e) => [e.query.offset, e.credits])).toEqual([["0", 100]]);

  // Anchor contains a word some (not all) rows' anchors have, typed in upper case.
  const word = rows
    .flatMap((r) => r.anchorText.split(/\s+/))
    .find((w) => w.length > 3 && rows.some((r) => !has(r.anchorText, w)))!;
  expect(word).toBeTruthy();
  const withWord = rows.filter((r) => has(r.anchorText, word)).map((r) => r.sourceUrl);
  await page.getByLabel("Anchor text filter text").fill(word.toUpperCase());
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]anchor=${encodeURIComponent(word.toUpperCase())}`));
  await expectRows(page, withWord);
  await expect(page.getByTestId("filter-note")).toContainText(
    `over this page only: ${withWord.length} of its 100 backlinks match`,
  );
  await expect(page.getByTestId("export-filter-note")).toContainText("anchor text contains");

  // Excludes: the other rows, and a source URL filter on top (a host some rows link from).
  await page.getByLabel("Anchor text filter mode").selectOption("excludes");
  const host = new URL(rows[0]!.sourceUrl).hostname.split(".")[0]!;
  await page.getByLabel("Source URL filter mode").selectOption("excludes");
  await page.getByLabel("Source URL filter text").fill(host);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/anchor_mode=excludes/);
  await expect(page).toHaveURL(/url_mode=excludes/);
  const rest = rows.filter((r) => !has(r.anchorText, word) && !has(r.sourceUrl, host));
  expect(rest.length).toBeGreaterThan(0);
  await expectRows(
    page,
    rest.map((r) => r.sourceUrl),
  );
  await page.reload();
  await expect(page.getByLabel("Source URL filter text")).toHaveValue(host);
  await expectRows(
    page,
    rest.map((r) => r.sourceUrl),
  );

  // At 390 px: the longest source URL is readable whole (text and title), and only the table
  // scrolls sideways, never the page.
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expectRows(
    page,
    rows.map((r) => r.sourceUrl),
  );
  await page.setViewportSize({ width: 390, height: 844 });
  const longest = rows.reduce((a, b) => (b.sourceUrl.length > a.sourceUrl.length ? b : a));
  const link = page.locator(`td:first-child a[href="${longest.sourceUrl}"]`).first();
  await expect(link).toHaveAttribute("title", longest.sourceUrl);
  await expect(link).toContainText(longest.sourceUrl.replace(/^https:\/\//, ""));
  const clipped = await link.evaluate((a) => {
    const text = a.querySelector("span")!;
    return text.scrollWidth > text.clientWidth + 1;
  });
  expect(clipped, "the URL text is cut").toBe(false);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  await page.screenshot({ path: "test-results/backlinks-density-390.png", fullPage: true });
});
