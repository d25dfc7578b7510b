import { expect, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";

// A tracked domain moved to another search engine from its page: the history stays, the change
// is an event the position chart marks, and a wrong location is refused with what to fix.
test("a tracked domain changes search engine from its page; the change is kept as a chart event", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "engine", DEMO_KEY);
  const base = `/api/tenants/${account.tenantSlug}/keywords/projects`;
  const { project } = await (
    await admin.post(base, { data: { domain: "example.com", searchEngine: "google" } })
  ).json();
  await admin.post(`${base}/${project.id}/keywords`, { data: { text: "seo audit tool" } });

  // The domain's line under its name (the project picker's option says the same, hidden).
  const target = (engine: string) =>
    page.getByText(`${engine} · United States · 1 keyword`, { exact: true });

  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords`);
  await expect(target("Google")).toBeVisible();
  await page.getByText("Search engine and location", { exact: true }).click();
  const form = page.locator("form").filter({ has: page.locator("#target-searchEngine") });

  // A location that is not a place name: refused, nothing changes.
  await form.getByLabel("Location").fill("United States; drop table");
  await form.getByRole("button", { name: "Change engine or location" }).click();
  await expect(form.getByText("A location is a place name, e.g. United States")).toBeVisible();
  await expect(target("Google")).toBeVisible();

  // The same engine and location: said so, nothing recorded.
  await form.getByLabel("Location").fill("United States");
  await form.getByRole("button", { name: "Change engine or location" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "Nothing changed: that is the engine and location already.",
  );

  await form.getByLabel("Search engine").selectOption("bing");
  await form.getByRole("button", { name: "Change engine or location" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "Now checked on Bing in United States. The chart marks the change.",
  );
  await expect(target("Bing")).toBeVisible();

  // One event, from google to bing, for the chart to mark.
  const { events } = await (await admin.get(`${base}/${project.id}/events?days=30`)).json();
  const changes = events.filter((e: { kind: string }) => e.kind === "engine_changed");
  expect(changes.map((e: { text: string }) => e.text)).toEqual([
    "Engine changed from google · United States to bing · United States",
  ]);
  await admin.dispose();
});
