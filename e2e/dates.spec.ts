import { expect, test } from "@playwright/test";
import { formatDate, formatDateTime } from "../lib/format/date-time";
import { connectedWorkspace, inviteAndJoin, signInViaUi } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";

// A German viewer in a workspace that works on Tokyo time: every date is written one way,
// in the viewer's language and the workspace's zone, whatever page it is on.
test.use({ locale: "de-DE", timezoneId: "America/Los_Angeles" });
const TOKYO = { locale: "de-DE", timeZone: "Asia/Tokyo" };

test("one date format across pages: the viewer's locale, the workspace's time zone", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "dates", DEMO_KEY);
  const slug = account.tenantSlug;
  await signInViaUi(page, account.email, account.password);

  // A bad zone is refused with what to fix; nothing changes.
  const bad = await admin.patch(`/api/tenants/${slug}`, { data: { timeZone: "Mars/Olympus" } });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.message).toContain("time zone");

  await page.goto(`/${slug}/settings`);
  await page.getByLabel("Time zone", { exact: true }).selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Time zone saved.")).toBeVisible();
  expect((await (await admin.get(`/api/tenants/${slug}`)).json()).tenant.timeZone).toBe(
    "Asia/Tokyo",
  );

  // Settings: an invitation's expiry date.
  const invited = await admin.post(`/api/tenants/${slug}/invitations`, {
    data: { email: "dates-invitee@example.test", role: "marketer" },
  });
  const { invitation } = await invited.json();
  await page.reload();
  await expect(page.getByTestId("invitation-row")).toContainText(
    `until ${formatDate(invitation.expiresAt, TOKYO)}`,
  );

  // Backlinks: when the data was fetched, relative, with the full date in its title.
  await page.goto(`/${slug}/backlinks?domain=example.com`);
  const fetched = page.getByTestId("data-freshness").locator("time");
  await expect(fetched).toBeVisible();
  const fetchedAt = await fetched.getAttribute("datetime");
  await expect(fetched).toHaveAttribute("title", formatDateTime(fetchedAt!, TOKYO));

  // Settings → SE Ranking: when the key was connected, written the same way.
  await page.goto(`/${slug}/settings/integrations`);
  const connected = page.locator("dd time").first();
  const connectedAt = await connected.getAttribute("datetime");
  await expect(connected).toHaveAttribute("title", formatDateTime(connectedAt!, TOKYO));
  await admin.dispose();
});

test("only admins change the time zone; marketers see it", async ({ page, baseURL }) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "dates-roles", DEMO_KEY);
  const marketer = await inviteAndJoin(admin, baseURL!, account.tenantSlug, "marketer");
  const denied = await marketer.member.patch(`/api/tenants/${account.tenantSlug}`, {
    data: { timeZone: "Europe/Berlin" },
  });
  expect(denied.status()).toBe(403);
  await signInViaUi(page, marketer.email, marketer.password);
  await page.goto(`/${account.tenantSlug}/settings`);
  await expect(page.getByLabel("Time zone", { exact: true })).toBeDisabled();
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("UTC");
  await expect(page.getByText("Only admins can change it.")).toBeVisible();
  await marketer.member.dispose();
  await admin.dispose();
});
