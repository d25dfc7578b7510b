import { expect, type Page, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { seedFeatureData } from "./support/feature-data";
import { DEMO_KEY } from "./support/simulator";
import { expectTablesScrollInTheirCard } from "./support/table-scroll";

// A phone, 390 px wide: no page is wider than the screen, and the sidebar is a menu.
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page, what: string) {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > window.innerWidth + 1 &&
          e.parentElement!.getBoundingClientRect().right <= window.innerWidth + 1,
      )
      .slice(0, 8)
      .map(
        (e) =>
          `${e.tagName}.${String(e.className).slice(0, 60)} ${Math.round(e.getBoundingClientRect().right)}`,
      ),
  );
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  // The message names the outermost elements that stick out, to say what to fix.
  expect(widths.page, `${what} at ${widths.viewport} px: ${wide.join("; ")}`).toBeLessThanOrEqual(
    widths.viewport,
  );
}

test("at 390 px every page fits the screen, and the menu opens and navigates", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000); // fourteen pages, each measured once its data is in
  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    await expect(page.getByRole("heading").first()).toBeVisible();
    await expectNoSidewaysScroll(page, path);
  }

  const { account, admin } = await connectedWorkspace(baseURL!, "mobile", DEMO_KEY);
  const { pages } = await seedFeatureData(admin, account.tenantSlug);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  for (const suffix of pages) {
    await page.goto(`/${account.tenantSlug}${suffix}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Tables scroll inside their card, not the page: measure once the page has its data.
    await page.waitForLoadState("networkidle");
    await expect(page.locator(".animate-pulse")).toHaveCount(0);
    await expect(page.getByText(/^Loading/)).toHaveCount(0);
    await expectNoSidewaysScroll(page, suffix || "overview");
    // The data tables are wider than a phone: they scroll in their card with the column that
    // names the row in view (prospects and keywords: the selection checkbox and the name).
    const section = suffix.split("?")[0]!;
    await expectTablesScrollInTheirCard(page, suffix || "overview", {
      pinned: ["/prospects", "/keywords", "/backlink-gap"].includes(section) ? 2 : 1,
      // The referring-domain and anchor tabs have few columns: they may fit a phone.
      mustScroll:
        ["/backlinks", "/prospects", "/keywords"].includes(section) && !suffix.includes("tab="),
    });
    await page.screenshot({
      path: `test-results/mobile-390${suffix.split("?")[0]!.replace(/\//g, "-") || "-overview"}.png`,
      fullPage: true,
    });
  }

  // The sidebar is not there; the menu is, by keyboard too.
  await page.goto(`/${account.tenantSlug}`);
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
  const menuButton = page.getByRole("button", { name: "Menu" });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("dialog", { name: "Menu" });
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();

  await menuButton.click();
  await menu.getByRole("link", { name: "Keywords" }).click();
  await expect(page).toHaveURL(new RegExp(`/${account.tenantSlug}/keywords`));
  await expect(menu).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("at 1440 px the sidebar shows and the menu button does not", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { account, admin } = await connectedWorkspace(baseURL!, "desktop", DEMO_KEY);
  await admin.dispose();
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}`);
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
});
