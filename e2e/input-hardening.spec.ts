import { expect, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, sim } from "./support/simulator";

// Inputs found by probing: an email address is no domain on any of the three surfaces, an add of
// only blank lines is refused, and a line with a space is refused whole (with its line) instead
// of adding the part after the space. Each refusal is a 422 that says what to fix, and nothing is
// stored or fetched.

test("foo@bar.com is refused as a domain by backlinks, prospects and keyword tracking", async ({
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "emaildomain", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}`;
  await sim.clearLog();
  try {
    const summary = await admin.get(
      `${api}/backlinks/summary?domain=${encodeURIComponent("foo@bar.com")}`,
    );
    expect(summary.status()).toBe(422);
    expect((await summary.json()).error.fields.domain).toMatch(
      /enter the site's domain \(e\.g\. example\.com\), not an email address/,
    );

    const project = await admin.post(`${api}/keywords/projects`, {
      data: { domain: "foo@bar.com", searchEngine: "google" },
    });
    expect(project.status()).toBe(422);
    expect((await project.json()).error.fields.domain).toMatch(/not an email address/);
    const projects = await admin.get(`${api}/keywords/projects`);
    expect(JSON.stringify(await projects.json())).not.toContain("bar.com");

    const created = await admin.post(`${api}/prospect-lists`, { data: { name: "Probe" } });
    const { list } = await created.json();
    const add = await admin.post(`${api}/prospect-lists/${list.id}/domains`, {
      data: { entries: ["foo@bar.com"] },
    });
    expect(add.status()).toBe(422);
    expect((await add.json()).error.message).toMatch(
      /line 1, "foo@bar\.com": .*not an email address/,
    );
    // Nothing reached SE Ranking for any of them.
    expect(await sim.log()).toEqual([]);
  } finally {
    await admin.dispose();
  }
});

test("prospects: only blank lines is a 422; a line with a space is refused whole, by line", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "pastespace", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}/prospect-lists`;
  const { list } = await (await admin.post(api, { data: { name: "Probe" } })).json();
  const domainsUrl = `${api}/${list.id}/domains`;

  for (const entries of [[""], ["", "   "]]) {
    const blank = await admin.post(domainsUrl, { data: { entries } });
    expect(blank.status(), JSON.stringify(entries)).toBe(422);
    expect((await blank.json()).error.fields.entries).toMatch(
      /Every line is blank: paste or upload at least one domain/,
    );
  }

  const mixed = await admin.post(domainsUrl, {
    data: { entries: ["exa mple.com", "good-example.com"] },
  });
  expect(mixed.status()).toBe(200);
  const result = await mixed.json();
  expect(result).toMatchObject({ added: 1, rejectedCount: 1 });
  expect(result.rejected).toEqual([
    { input: "exa mple.com", line: 1, reason: expect.stringMatching(/has a space in it/) },
  ]);
  await admin.dispose();

  // The paste box: the refused line is named by its line number, and mple.com is never added.
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/prospects?list=${list.id}`);
  await page
    .getByLabel("Domains", { exact: true })
    .fill("a-example.com\nexa mple.com\nb-example.com c-example.com");
  await page.getByRole("button", { name: "Add domains" }).click();
  const summary = page.getByTestId("add-summary");
  await expect(summary).toContainText("3 added · 0 duplicates skipped · 1 rejected");
  await expect(summary).toContainText("Line 2: exa mple.com — it has a space in it");
  // good-example.com from the API call, and the three pasted domains; no mple.com.
  await expect(page.getByTestId("prospect-row")).toHaveCount(4);
  await expect(page.getByText("mple.com", { exact: true })).toHaveCount(0);
});
