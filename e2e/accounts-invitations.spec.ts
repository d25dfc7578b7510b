import { expect, request as playwrightRequest, test } from "@playwright/test";
import { freshClient, newAccount, signedInContext, signUpViaApi } from "./support/accounts";
import { linkFromMail, pathOf } from "./support/mail";

// Invitations replace silent attachment: nobody joins a workspace without accepting through the
// emailed link, signed in as that (confirmed) address.

test("an account registered earlier under the invited address does not get in without accepting", async ({
  baseURL,
}) => {
  const owner = newAccount("inviter");
  const anonymous = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(anonymous, owner);
  const admin = await signedInContext(baseURL!, owner.email, owner.password);

  // Someone registers the CFO's address first (never confirming it: the mail goes to the CFO).
  const squatter = newAccount("cfo");
  const registered = await anonymous.post("/api/signup", {
    data: squatter,
    headers: { "X-Forwarded-For": freshClient() },
  });
  expect(registered.status()).toBe(201);
  const invited = await admin.post(`/api/tenants/${owner.tenantSlug}/invitations`, {
    data: { email: squatter.email, role: "admin" },
  });
  expect(invited.status(), await invited.text()).toBe(201);

  const intruder = await signedInContext(baseURL!, squatter.email, squatter.password);
  // Not a member: the workspace does not even exist for them.
  expect((await intruder.get(`/api/tenants/${owner.tenantSlug}`)).status()).toBe(404);
  const { members } = await (await admin.get(`/api/tenants/${owner.tenantSlug}/members`)).json();
  expect(members.map((m: { email: string }) => m.email)).not.toContain(squatter.email);
  // Even holding the link, an unconfirmed account may not accept.
  const token = pathOf(await linkFromMail(squatter.email, /You are invited/)).split("/invite/")[1];
  const accepted = await intruder.post("/api/invitations/accept", { data: { token } });
  expect(accepted.status()).toBe(403);
  expect((await accepted.json()).error.message).toMatch(/Confirm your email address/);
  expect((await intruder.get(`/api/tenants/${owner.tenantSlug}`)).status()).toBe(404);
  await Promise.all([anonymous.dispose(), admin.dispose(), intruder.dispose()]);
});

test("a revoked invitation is refused with a clear message", async ({ page, baseURL }) => {
  const owner = newAccount("revoker");
  await signUpViaApi(page.request, owner);
  const admin = await signedInContext(baseURL!, owner.email, owner.password);
  const email = `revoked-${owner.tenantSlug}@example.test`;
  const invited = await admin.post(`/api/tenants/${owner.tenantSlug}/invitations`, {
    data: { email, role: "marketer" },
  });
  const { invitation } = await invited.json();
  const link = await linkFromMail(email, /You are invited/);
  const revoked = await admin.delete(
    `/api/tenants/${owner.tenantSlug}/invitations/${invitation.id}`,
  );
  expect(revoked.status()).toBe(204);

  await page.goto(pathOf(link));
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "This invitation was withdrawn by the workspace admin.",
  );
  await expect(page.getByRole("button", { name: /join/i })).toHaveCount(0);
  // The API says the same, and nothing was created.
  const token = pathOf(link).split("/invite/")[1];
  const signUp = await admin.post("/api/invitations/sign-up", {
    data: { token, name: "Late", password: "violet-harbour-lantern-58" },
  });
  expect(signUp.status()).toBe(410);
  expect((await signUp.json()).error.message).toMatch(/withdrawn/);
  const { members } = await (await admin.get(`/api/tenants/${owner.tenantSlug}/members`)).json();
  expect(members).toHaveLength(1);
  await admin.dispose();

  // The demo's Outbox page lists what its SMTP receiver caught, this invitation included.
  await page.goto("/outbox");
  await expect(
    page.getByTestId("outbox-mail").filter({ hasText: email }).getByRole("heading"),
  ).toHaveText(`You are invited to ${owner.tenantName} on SE Ranking Dashboard`);
});
