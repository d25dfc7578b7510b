import { expect, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";

// The project panel draws with its schedule, competitors and figures: no card opens on a
// "Loading…" line that its data later replaces, which pushed the rankings down (a 0.18 layout
// shift in Lighthouse). The page records every text it ever shows, from its first frame on.
test("the keywords panel never shows a card still loading, so nothing under it moves", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "kwshift", DEMO_KEY);
  const base = `/api/tenants/${account.tenantSlug}/keywords/projects`;
  const { project } = await (
    await admin.post(base, { data: { domain: "example.com", searchEngine: "google" } })
  ).json();
  await admin.post(`${base}/${project.id}/keywords`, { data: { text: "seo audit tool" } });
  await expect
    .poll(async () => (await (await admin.get(`${base}/${project.id}/checks`)).json()).run.status)
    .toBe("done");
  await admin.post(`${base}/${project.id}/competitors`, { data: { domain: "rival.example" } });

  await signInViaUi(page, account.email, account.password);
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { seenTexts: Set<string> }).seenTexts = seen;
    new MutationObserver(() => {
      for (const text of ["Loading the schedule…", "Loading competitors…", "Loading figures…"])
        if (document.body?.textContent?.includes(text)) seen.add(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(`/${account.tenantSlug}/keywords`);
  await expect(page.getByRole("heading", { name: "At a glance" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Competitors" })).toContainText("rival.example");
  await expect(page.getByTestId("next-check")).toBeVisible();
  const seen = await page.evaluate(() => [
    ...(window as unknown as { seenTexts: Set<string> }).seenTexts,
  ]);
  expect(seen).toEqual([]);
});
