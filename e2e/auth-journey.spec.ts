import { expect, test } from "@playwright/test";
import { inviteAndJoin, newAccount, signInViaUi, signUpViaApi } from "./support/accounts";
import { linkFromMail, pathOf } from "./support/mail";

test("sign up, sign out, sign in, invite a marketer by email who joins and sees no admin actions", async ({
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
  await expect(page.getByTestId("unverified-banner")).toContainText("Confirm your email");
  const marketerEmail = `marketer-${owner.tenantSlug}@example.test`;
  await page.getByLabel("Email").fill(marketerEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("marketer");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${marketerEmail} as marketer.`)).toBeVisible();
  // Pending, not a member: nobody joins without accepting.
  await expect(page.getByTestId("invitation-row").filter({ hasText: marketerEmail })).toBeVisible();
  await expect(page.getByTestId("member-row").filter({ hasText: marketerEmail })).toHaveCount(0);

  // The invitation arrives over SMTP at the demo's receiver; the invitee follows its link.
  const link = await linkFromMail(marketerEmail, /You are invited/);
  const marketerContext = await browser.newContext();
  const marketer = await marketerContext.newPage();
  await marketer.goto(pathOf(link));
  await expect(marketer.getByRole("heading", { name: `Join ${owner.tenantName}` })).toBeVisible();
  await marketer.getByLabel("Your name").fill("Mia Marketer");
  await marketer.getByLabel("Password").fill("violet-harbour-lantern-58");
  await marketer.getByRole("button", { name: "Create account and join" }).click();
  await expect(marketer).toHaveURL(`${baseURL}/${owner.tenantSlug}`);
  await expect(marketer.getByTestId("current-role")).toHaveText("marketer");
  await marketer
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: "Settings" })
    .click();
  await expect(marketer.getByTestId("member-row")).toHaveCount(2);
  await expect(marketer.getByText("Only admins can invite or change members.")).toBeVisible();
  await expect(marketer.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(marketer.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await expect(marketer.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
  await marketerContext.close();
  await page.reload();
  await expect(page.getByTestId("invitation-row")).toHaveCount(0);
});

test("an admin changes a member's role and removes them; the last admin cannot be demoted", async ({
  page,
  baseURL,
}) => {
  const owner = newAccount("roles");
  await signUpViaApi(page.request, owner);
  await signInViaUi(page, owner.email, owner.password);
  const { email, member } = await inviteAndJoin(
    page.request,
    baseURL!,
    owner.tenantSlug,
    "marketer",
  );
  await member.dispose();
  await page.goto(`/${owner.tenantSlug}/settings`);
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
  await signUpViaApi(page.request, owner);
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
