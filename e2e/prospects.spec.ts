import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { metricsFor } from "../simulator/universe";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, sim } from "./support/simulator";

const METRICS_PATH = "/research/backlinks/metrics/";

// The fixture: 5 valid domains, 2 lines that repeat one of them, 3 lines that are not domains.
const VALID = [
  "example.com",
  "spammy-example.com",
  "authority-example.com",
  "small-example.com",
  "empty-example.com",
];
const PASTE = [
  "example.com",
  "https://www.example.com/some/page, spammy-example.com authority-example.com",
  "bad_domain!.com",
  "small-example.com;EXAMPLE.COM",
  "localhost",
  "ftp://files.example.org",
  "empty-example.com",
].join("\n");

const row = (page: Page, domain: string) =>
  page.getByTestId("prospect-row").filter({ has: page.getByText(domain, { exact: true }) });

test("paste, fetch metrics, see table and charts, change a rule, export", async ({
  page,
  baseURL,
}, testInfo) => {
  const { account } = await connectedWorkspace(baseURL!, "prospects", DEMO_KEY);
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/prospects`);
  await expect(page.getByTestId("demo-badge")).toBeVisible();

  await page.getByLabel("New list name").fill("Guest posts");
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.getByRole("heading", { name: "Guest posts" })).toBeVisible();

  await page.getByLabel("Domains", { exact: true }).fill(PASTE);
  await page.getByRole("button", { name: "Add domains" }).click();
  const summary = page.getByTestId("add-summary");
  await expect(summary).toContainText("5 added · 2 duplicates skipped · 3 rejected");
  for (const bad of ["bad_domain!.com", "localhost", "ftp://files.example.org"]) {
    await expect(summary.getByText(bad, { exact: true })).toBeVisible();
  }
  await expect(page.getByTestId("prospect-row")).toHaveCount(VALID.length);

  await sim.clearLog();
  await page.getByRole("button", { name: "Fetch metrics" }).click();
  await expect(page.getByTestId("run-summary")).toContainText(
    "Fetch finished: 5 fetched, 0 failed",
  );
  expect(await sim.log(METRICS_PATH)).toHaveLength(1);

  for (const domain of VALID) {
    const m = metricsFor(domain);
    const cells = row(page, domain).locator("td");
    await expect(cells.nth(2)).toHaveText(m.trust_flow.toLocaleString("en-US"));
    await expect(cells.nth(3)).toHaveText(m.citation_flow.toLocaleString("en-US"));
    await expect(cells.nth(5)).toHaveText(m.referring_domains.toLocaleString("en-US"));
    await expect(cells.nth(6)).toHaveText(m.total_backlinks.toLocaleString("en-US"));
  }
  // The spec's spam example: high CF, low TF.
  await expect(row(page, "spammy-example.com")).toContainText("Spam profile");

  // Scatter: one point per fetched domain; hover names it, click selects it for the bars.
  const scatter = page.getByTestId("tf-cf-scatter");
  // The charts are drawn once they come near the screen.
  await scatter.scrollIntoViewIfNeeded();
  await expect(scatter.locator("circle")).toHaveCount(VALID.length);
  const ex = metricsFor("example.com");
  await row(page, "authority-example.com").getByRole("checkbox").check();
  const bars = page.getByTestId("tf-cf-bars");
  await bars.scrollIntoViewIfNeeded();
  await expect(bars).toContainText("authority-example.com");
  // The point of example.com is the one not yet selected whose tooltip names it.
  for (const point of await scatter.locator("circle").all()) {
    await point.hover({ force: true });
    if (await scatter.getByText("example.com", { exact: true }).isVisible()) {
      await expect(scatter).toContainText(`TF ${ex.trust_flow} · CF ${ex.citation_flow}`);
      await point.click({ force: true });
      break;
    }
  }
  await expect(bars).toContainText("example.com");
  await expect(page.getByText("shown · 2 selected")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("prospects.png"), fullPage: true });
  await page.screenshot({ path: ".tmp/screens/prospects.png", fullPage: true });

  // A stricter minimum TF turns example.com from pass to reject, with the reason.
  await expect(row(page, "example.com")).toContainText("pass");
  await page.getByLabel("Minimum TF", { exact: true }).fill(String(ex.trust_flow + 1));
  await page.getByRole("button", { name: "Save rules" }).click();
  await expect(row(page, "example.com")).toContainText(
    `TF ${ex.trust_flow} is below the minimum of ${ex.trust_flow + 1}`,
  );
  await expect(row(page, "example.com")).toContainText("reject");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  const text = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
  expect(parsed.data.map((r) => r.Domain)).toEqual(VALID);
  for (const r of parsed.data) {
    const m = metricsFor(r.Domain!);
    expect(Number(r["Trust Flow"])).toBe(m.trust_flow);
    expect(Number(r["Citation Flow"])).toBe(m.citation_flow);
  }
  expect(parsed.data.find((r) => r.Domain === "example.com")?.Verdict).toBe("reject");
});

test("1,000 domains: 10 metrics calls of at most 100, and a reload mid-run shows the same progress", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "bulk", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  const { list } = await (await admin.post(api, { data: { name: "Thousand" } })).json();
  const domains = Array.from({ length: 1000 }, (_, i) => `bulk-${account.tenantSlug}-${i}.com`);
  const added = await admin.post(`${api}/${list.id}/domains`, { data: { entries: domains } });
  expect((await added.json()).added).toBe(1000);

  await sim.clearLog();
  // Batch 1 answers; batches 2 on wait until released, so the run is deterministically at
  // 100 of 1,000 when the page reloads (no delay to race). A second's worth of batches (10 at
  // 10/s) runs at a time: all 9 others are held once batch 1 is stored (done 100, read from the
  // API). A hold outliving the server's 3 s timeout answers 503 at 2 s and the client's retry is
  // held again, so a slow reload cannot fail a batch.
  await sim.addFault({ kind: "hold", path: METRICS_PATH, nth: 2, count: 1000, maxHoldMs: 2000 });
  try {
    await signInViaUi(page, account.email, account.password);
    await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);
    await page.getByRole("button", { name: "Fetch metrics" }).click();
    await expect.poll(() => sim.held()).toBe(9);
    await expect
      .poll(async () => (await (await admin.get(`${api}/${list.id}/run`)).json()).run?.done)
      .toBe(100);
    await page.reload();
    const bar = page.getByRole("progressbar", { name: "Metrics fetch progress" });
    await expect(bar).toHaveAttribute("aria-valuemax", "1000");
    await expect(bar).toHaveAttribute("aria-valuenow", "100");
    await expect(page.getByTestId("run-summary")).toContainText("Fetching: 100 of 1,000");
    await sim.release();
    await expect(page.getByTestId("run-summary")).toContainText(
      "Fetch finished: 1,000 fetched, 0 failed",
      { timeout: 30_000 },
    );
  } finally {
    await sim.clearFaults();
  }
  // Answered calls only: a hold that outlived maxHoldMs logged a 503 before its retry.
  const calls = (await sim.log(METRICS_PATH)).filter((call) => call.status === 200);
  expect(calls).toHaveLength(10);
  for (const call of calls) {
    expect((call.body as { domains: string[] }).domains.length).toBeLessThanOrEqual(100);
  }
  expect(calls.flatMap((c) => (c.body as { domains: string[] }).domains).sort()).toEqual(
    [...domains].sort(),
  );
});
