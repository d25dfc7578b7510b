import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { summaryFor } from "../simulator/universe";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, sim } from "./support/simulator";

const SUMMARY = "/research/backlinks/summary/";
const LIST = "/research/backlinks/";
/** A domain no test has asked for yet, so no cache (in any tenant) can answer for it. */
const freshDomain = (label: string) => `${label}-${randomUUID().slice(0, 8)}.com`;
const upstreamCalls = async (path: string, domain: string) =>
  (await sim.log(path)).filter((e) => e.query.domain === domain).length;

test("a repeated search within the TTL makes no upstream call; refresh makes one", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "cache", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  const domain = freshDomain("cached");
  await page.goto(`/${account.tenantSlug}/backlinks?domain=${domain}`);
  await expect(page.getByTestId("summary-totalBacklinks")).toHaveText(
    summaryFor(domain).total_backlinks.toLocaleString("en-US"),
  );
  expect(await upstreamCalls(SUMMARY, domain)).toBe(1);

  // Search it again from the box, and reload: both answered from the tenant's cache.
  await page.getByLabel("Domain").fill(`https://${domain}/`);
  await page.getByRole("button", { name: "Search" }).click();
  await page.reload();
  await expect(page.getByTestId("data-freshness")).toContainText("(cached)");
  expect(await upstreamCalls(SUMMARY, domain)).toBe(1);
  const listCalls = await upstreamCalls(LIST, domain);
  expect(listCalls).toBeLessThanOrEqual(1);

  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByTestId("data-freshness")).not.toContainText("(cached)");
  expect(await upstreamCalls(SUMMARY, domain)).toBe(2);
  expect(await upstreamCalls(LIST, domain)).toBe(listCalls + 1);
});

test("ten identical concurrent requests make one upstream call", async ({ baseURL }) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "flight", DEMO_KEY);
  const domain = freshDomain("concurrent");
  const url = `/api/tenants/${account.tenantSlug}/backlinks/summary?domain=${domain}`;
  const replies = await Promise.all(Array.from({ length: 10 }, () => admin.get(url)));
  for (const reply of replies) expect(reply.status()).toBe(200);
  const bodies = await Promise.all(replies.map((r) => r.json()));
  expect(new Set(bodies.map((b) => b.summary.totalBacklinks))).toEqual(
    new Set([summaryFor(domain).total_backlinks]),
  );
  expect(await upstreamCalls(SUMMARY, domain)).toBe(1);
  await admin.dispose();
});

test("bad input is refused with a clear message and never reaches SE Ranking", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "badinput", DEMO_KEY);
  await sim.clearLog();
  const api = `/api/tenants/${account.tenantSlug}/backlinks`;
  const domainCases: [string, RegExp][] = [
    ["", /enter a domain/],
    ["http://", /no domain/],
    ["a..b", /empty label/],
    [`${"x".repeat(300)}.com`, /longer than 63 characters/],
    ["javascript:alert(1)", /not a web address/],
  ];
  for (const [domain, reason] of domainCases) {
    for (const path of [`${api}/summary`, api]) {
      const reply = await admin.get(`${path}?domain=${encodeURIComponent(domain)}`);
      expect(reply.status(), `${path} ${domain}`).toBe(422);
      const { error } = await reply.json();
      expect(error.fields.domain, domain).toMatch(reason);
    }
  }
  const valid = freshDomain("paging");
  const pagingCases: [string, string, RegExp][] = [
    ["page=-1", "page", /Page must be 1 or more/],
    ["limit=1000000", "limit", /Rows per page must be one of 25, 50, 100, 250/],
    ["limit=0", "limit", /Rows per page must be one of 25, 50, 100, 250/],
    ["limit=1000", "limit", /Rows per page must be one of 25, 50, 100, 250/],
    ["anchor_mode=maybe", "anchor_mode", /Anchor filter mode must be one of: contains, excludes/],
    ["sort=anchor", "sort", /Sort by one of/],
  ];
  for (const [query, field, message] of pagingCases) {
    const reply = await admin.get(`${api}?domain=${valid}&${query}`);
    expect(reply.status(), query).toBe(422);
    expect((await reply.json()).error.fields[field], query).toMatch(message);
  }
  expect(await sim.log(SUMMARY)).toEqual([]);
  expect(await sim.log(LIST)).toEqual([]);

  // The form says why, and a bad domain in a shared link is reported, not fetched.
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/backlinks`);
  await page.getByLabel("Domain").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/Not a domain: "javascript:" is not a web address/)).toBeVisible();
  await expect(page).not.toHaveURL(/domain=/);
  await page.goto(`/${account.tenantSlug}/backlinks?domain=a..b`);
  await expect(page.getByText(/Not a domain: .*empty label/)).toBeVisible();
  expect(await sim.log(SUMMARY)).toEqual([]);
  await admin.dispose();
});

test("upstream faults show what to do and a Retry that recovers", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const { account, admin } = await connectedWorkspace(baseURL!, "faults", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ kind: "status", status: 429, retryAfterSeconds: 1 }, /rate-limiting this key: wait/],
    [{ kind: "status", status: 500 }, /not answering right now: try again/],
    [{ kind: "malformed_json" }, /could not read: try again later/],
    [{ kind: "timeout" }, /took too long to answer: try again/],
  ];
  for (const [fault, message] of cases) {
    const domain = freshDomain("fault");
    // Unlimited (no count) so the server's own retries fail too; removed before Retry.
    await sim.addFault({ ...fault, path: SUMMARY });
    try {
      await page.goto(`/${account.tenantSlug}/backlinks?domain=${domain}`);
      const alert = page.locator("main").getByRole("alert").filter({ hasText: "Could not load" });
      await expect(alert, JSON.stringify(fault)).toContainText(message, { timeout: 25_000 });
      await expect(alert).not.toContainText(/at .*\.js|Error:/);
      if (fault.status === 429) await page.screenshot({ path: "test-results/backlinks-fault.png" });
    } finally {
      await sim.clearFaults();
    }
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByTestId("summary-totalBacklinks")).toHaveText(
      summaryFor(domain).total_backlinks.toLocaleString("en-US"),
    );
  }
});
