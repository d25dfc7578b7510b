import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";

// axe on every page, each in the state a user meets it with data on screen: no serious or
// critical violation. One workspace with a prospect list and a checked keyword project serves all.

async function expectNoSeriousViolations(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  expect(serious, `axe on ${name}`).toEqual([]);
}

test("no serious or critical axe violations on any page", async ({ page, baseURL }) => {
  // axe on every page, plus the account pages; generous for a shared 2-core runner.
  test.setTimeout(360_000);
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expectNoSeriousViolations(page, "sign-in");
  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: /create|sign up/i })).toBeVisible();
  await expectNoSeriousViolations(page, "sign-up");
  await page.goto("/forgot-password");
  await expect(page.getByRole("button", { name: "Email me a reset link" })).toBeVisible();
  await expectNoSeriousViolations(page, "forgot-password");
  await page.goto("/outbox");
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  await expectNoSeriousViolations(page, "outbox");

  const { account, admin } = await connectedWorkspace(baseURL!, "axe", DEMO_KEY);
  const api = `/api/tenants/${account.tenantSlug}`;
  const { list } = await (
    await admin.post(`${api}/prospect-lists`, { data: { name: "Axe" } })
  ).json();
  const domains = ["spammy-example.com", "example.com", "example.org", "wikipedia.org"];
  await admin.post(`${api}/prospect-lists/${list.id}/domains`, { data: { entries: domains } });
  expect((await admin.post(`${api}/prospect-lists/${list.id}/run`, { data: {} })).status()).toBe(
    202,
  );
  const projects = `${api}/keywords/projects`;
  const { project } = await (
    await admin.post(projects, { data: { domain: "example.com", searchEngine: "google" } })
  ).json();
  await admin.post(`${projects}/${project.id}/keywords`, {
    data: { text: "seo audit tool\nbacklink checker\nrank tracker" },
  });
  expect((await admin.post(`${projects}/${project.id}/checks`)).status()).toBe(202);
  await expect
    .poll(
      async () => (await (await admin.get(`${projects}/${project.id}/checks`)).json()).run.status,
    )
    .toBe("done");

  await signInViaUi(page, account.email, account.password);
  const t = `/${account.tenantSlug}`;
  await page.goto(t);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, "overview");

  await page.goto(`${t}/backlinks?domain=example.com`);
  await expect(page.getByTestId("summary-doFollowLinks")).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoSeriousViolations(page, "backlinks");

  await page.goto(`${t}/prospects?list=${list.id}`);
  await expect(page.getByTestId("run-summary")).toContainText("Fetch finished", {
    timeout: 20_000,
  });
  await page.screenshot({ path: "test-results/axe-prospects.png", fullPage: true });
  await expectNoSeriousViolations(page, "prospects");

  await page.goto(`${t}/keywords?project=${project.id}`);
  await expect(page.getByTestId("keyword-row")).toHaveCount(3);
  await expectNoSeriousViolations(page, "keywords");
  // The dialogs a marketer opens from a keyword row: edit tags, confirm a delete.
  await page.getByRole("button", { name: "Edit tags of “seo audit tool”" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoSeriousViolations(page, "keywords: edit tags");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Delete “seo audit tool”" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expectNoSeriousViolations(page, "keywords: confirm delete");
  await page.keyboard.press("Escape");

  for (const [name, path] of [
    ["settings members", `${t}/settings`],
    ["settings integrations", `${t}/settings/integrations`],
    ["settings api tokens", `${t}/settings/api`],
    ["settings alerts", `${t}/settings/alerts`],
    ["api reference", "/api-reference"],
    ["backlink gap", `${t}/backlink-gap`],
    ["monitoring", `${t}/monitoring`],
    ["new workspace", "/new-workspace"],
    ["account", "/account"],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, name!);
  }

  await page.goto("/no-such-page-here/at/all");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, "not found");

  // A phone, 390 px: the menu instead of the sidebar, tables scrolling in their cards with pinned
  // columns (whose backgrounds must keep the text's contrast).
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [name, path, ready] of [
    ["backlinks", `${t}/backlinks?domain=example.com`, page.getByRole("table")],
    ["prospects", `${t}/prospects?list=${list.id}`, page.getByTestId("prospect-row").first()],
    ["keywords", `${t}/keywords?project=${project.id}`, page.getByTestId("keyword-row").first()],
  ] as const) {
    await page.goto(path);
    await expect(ready).toBeVisible();
    await expectNoSeriousViolations(page, `${name} at 390 px`);
  }
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible();
  await expectNoSeriousViolations(page, "menu at 390 px");
});
