import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import Papa from "papaparse";
import { backlinksPageFor, summaryFor } from "../../simulator/universe";

export const CSV_HEADER = [
  "Source URL",
  "Target URL",
  "Anchor text",
  "Trust Flow",
  "Citation Flow",
  "Link type",
  "First seen",
  "Last seen",
];

type Sort = "trust_flow" | "citation_flow" | "first_seen";

/** The simulator's own answer for one page of the explorer (50 rows a page). */
export function expectedPage(domain: string, sort: Sort, dofollow: boolean, page = 1, limit = 50) {
  return backlinksPageFor(domain, {
    sortBy: sort,
    dofollowOnly: dofollow,
    offset: (page - 1) * limit,
    limit,
  }).backlinks;
}

/** The simulator's whole list for a view, in the order SE Ranking serves it. */
export function expectedList(domain: string, sort: Sort, dofollow: boolean) {
  const s = summaryFor(domain);
  return expectedPage(
    domain,
    sort,
    dofollow,
    1,
    dofollow ? s.dofollow_backlinks : s.total_backlinks,
  );
}

/** Source URLs of the rows on screen, waiting until they equal the expected ones. */
export async function expectRows(page: Page, sources: string[]) {
  await expect
    .poll(() =>
      page
        .getByTestId("backlink-row")
        .locator("td:first-child a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
    )
    .toEqual(sources);
}

/** Clicks an export button (or link) and parses the downloaded CSV (BOM stripped) into rows of cells. */
export async function downloadCsv(page: Page, name: RegExp, role: "button" | "link" = "button") {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole(role, { name }).first().click(),
  ]);
  const raw = await readFile(await download.path());
  const text = raw.toString("utf8");
  expect(text.startsWith("\uFEFF"), "CSV starts with a UTF-8 BOM").toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { filename: download.suggestedFilename(), rows: parsed.data, text };
}

/** A CSV line as the explorer writes it for a wire row, for comparison with a parsed file. */
export function csvLine(row: ReturnType<typeof expectedPage>[number]): string[] {
  // A formula trigger (ASCII or full-width) after any spaces or a double quote, or a tab/CR.
  const inert = (v: string) => (/^(?:[\s\u3000"]*[=+\-@＝＋－＠]|[\t\r])/u.test(v) ? `'${v}` : v);
  return [
    row.source_url,
    row.target_url,
    inert(row.anchor_text),
    String(row.trust_flow),
    String(row.citation_flow),
    row.nofollow ? "nofollow" : "dofollow",
    row.first_seen,
    row.last_seen,
  ];
}
