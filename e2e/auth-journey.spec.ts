import { expect, test } from "@playwright/test";
import { newAccount, signInViaUi } from "./support/accounts";

test("sign up, sign out, sign in, add a marketer who sees the workspace but not admin actions", async ({
  page,
  browser,
  baseURL,
}) => {
  const owner = newAccount("owner");

  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Work email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByLabel("Workspace name").fill(owner.tenantName);
  // The address is suggested from the name.
  await expect(page.getByLabel("Workspace address")).toHaveValue(owner.tenantSlug);
  await page.getByRole("button", { name: "Create workspace" }).click();

  await expect(page).toHaveURL(`${baseURL}/${owner.tenantSlug}`);
  await expect(page.getByRole("heading", { level: 1, name: owner.tenantName })).toBeVisible();
  for (const item of ["Overview", "Backlinks", "Prospects", "Keywords", "Settings"]) {
    await expect(
      page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: item }),
    ).toBeVisible();
  }

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/${owner.tenantSlug}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  await signInViaUi(page, owner.email, owner.password);
  await expect(page).toHaveURL(`${baseURL}/${owner.tenantSlug}`);

  await page
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: "Settings" })
    .click();
  const marketerEmail = `marketer-${owner.tenantSlug}@example.test`;
  await page.getByLabel("Email").fill(marketerEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("marketer");
  await page.getByRole("button", { name: "Add member" }).click();
  const password = await page.getByTestId("temporary-password").textContent();
  expect(password).toMatch(/\S{10,}/);
  await expect(page.getByTestId("member-row").filter({ hasText: marketerEmail })).toBeVisible();

  const marketerContext = await browser.newContext();
  const marketer = await marketerContext.newPage();
  await signInViaUi(marketer, marketerEmail, password!);
  await expect(marketer).toHaveURL(`${baseURL}/${owner.tenantSlug}`);
  await expect(marketer.getByTestId("current-role")).toHaveText("marketer");
  await marketer
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: "Settings" })
    .click();
  await expect(marketer.getByTestId("member-row")).toHaveCount(2);
  await expect(marketer.getByText("Only admins can add or change members.")).toBeVisible();
  await expect(marketer.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(marketer.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await expect(marketer.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
  await marketerContext.close();
});

test("an admin changes a member's role and removes them; the last admin cannot be demoted", async ({
  page,
}) => {
  const owner = newAccount("roles");
  await page.request.post("/api/signup", { data: owner });
  await signInViaUi(page, owner.email, owner.password);
  await page.goto(`/${owner.tenantSlug}/settings`);
  const email = `member-${owner.tenantSlug}@example.test`;
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Add member" }).click();
  const row = page.getByTestId("member-row").filter({ hasText: email });
  await expect(row).toBeVisible();

  await row.getByRole("combobox").selectOption("admin");
  await expect(row.getByRole("combobox")).toHaveValue("admin");
  await page.reload();
  await expect(
    page.getByTestId("member-row").filter({ hasText: email }).getByRole("combobox"),
  ).toHaveValue("admin");

  await page
    .getByTestId("member-row")
    .filter({ hasText: email })
    .getByRole("button", { name: "Remove" })
    .click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByTestId("member-row").filter({ hasText: email })).toHaveCount(0);

  const self = page.getByTestId("member-row").filter({ hasText: owner.email });
  await self.getByRole("combobox").selectOption("marketer");
  await expect(page.locator("main").getByRole("alert")).toContainText("at least one admin");
  await page.reload();
  await expect(
    page.getByTestId("member-row").filter({ hasText: owner.email }).getByRole("combobox"),
  ).toHaveValue("admin");
});

test("a user in two workspaces switches between them", async ({ page, baseURL }) => {
  const owner = newAccount("multi");
  await page.request.post("/api/signup", { data: owner });
  await signInViaUi(page, owner.email, owner.password);
  await expect(page).toHaveURL(`${baseURL}/${owner.tenantSlug}`);
  await page.getByLabel("Workspace", { exact: true }).selectOption("__new__");
  await expect(page).toHaveURL(/\/new-workspace/);
  await page.getByLabel("Workspace name").fill(`Second ${owner.tenantSlug}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(`${baseURL}/second-${owner.tenantSlug}`);
  await page.getByLabel("Workspace", { exact: true }).selectOption(owner.tenantSlug);
  await expect(page).toHaveURL(`${baseURL}/${owner.tenantSlug}`);
  await expect(page.getByRole("heading", { level: 1, name: owner.tenantName })).toBeVisible();
});
