import { type BrowserContext, expect, request as playwrightRequest, test } from "@playwright/test";
import {
  freshClient,
  newAccount,
  signedInContext,
  signInViaUi,
  signUpViaApi,
} from "./support/accounts";
import { linkFromMail, mailIds, pathOf } from "./support/mail";

// Sessions live on the server: a cookie alone is no longer enough once its session has ended.

async function cookieHeader(context: BrowserContext) {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

test("sign out, then replay the old cookie: 401 for reads and writes", async ({
  page,
  baseURL,
}) => {
  const owner = newAccount("replay");
  await signUpViaApi(page.request, owner);
  await signInViaUi(page, owner.email, owner.password);
  const stolen = await cookieHeader(page.context());
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const replay = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: stolen },
  });
  expect((await replay.get(`/api/tenants/${owner.tenantSlug}`)).status()).toBe(401);
  const write = await replay.post(`/api/tenants/${owner.tenantSlug}/prospect-lists`, {
    data: { name: "Written with a dead cookie" },
  });
  expect(write.status()).toBe(401);
  expect(await (await replay.get("/api/auth/session")).json()).toBeNull();
  await replay.dispose();
  // Nothing was written.
  const fresh = await signedInContext(baseURL!, owner.email, owner.password);
  const { lists } = await (
    await fresh.get(`/api/tenants/${owner.tenantSlug}/prospect-lists`)
  ).json();
  expect(lists).toEqual([]);
  await fresh.dispose();
});

test("reset the password by email: every old session ends, the link works once", async ({
  page,
  baseURL,
}) => {
  const owner = newAccount("reset");
  await signUpViaApi(page.request, owner);
  const laptop = await signedInContext(baseURL!, owner.email, owner.password);
  const phone = await signedInContext(baseURL!, owner.email, owner.password);
  expect((await laptop.get("/api/tenants")).status()).toBe(200);

  const before = mailIds(owner.email);
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(owner.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText(/we emailed it a link to reset the password/)).toBeVisible();
  const link = await linkFromMail(owner.email, /Reset your/, before);

  await page.goto(pathOf(link));
  const newPassword = "amber-canyon-violin-2027";
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText(/every other session was signed out/)).toBeVisible();

  for (const old of [laptop, phone]) {
    expect((await old.get("/api/tenants")).status()).toBe(401);
  }
  const token = pathOf(link).split("/reset-password/")[1];
  const again = await page.request.post("/api/password/reset", {
    data: { token, password: "another-canyon-violin-9" },
  });
  expect(again.status()).toBe(410);
  // The old password is gone; the new one works.
  const oldPassword = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await (await oldPassword.get("/api/auth/csrf")).json();
  const refused = await oldPassword.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: owner.email, password: owner.password },
    maxRedirects: 0,
  });
  expect(refused.headers().location).toContain("error=");
  await (await signedInContext(baseURL!, owner.email, newPassword)).dispose();
  await Promise.all([laptop.dispose(), phone.dispose(), oldPassword.dispose()]);
});

test("changing the password ends the other sessions; 'sign out everywhere' ends all", async ({
  page,
  baseURL,
}) => {
  const owner = newAccount("change");
  await signUpViaApi(page.request, owner);
  const other = await signedInContext(baseURL!, owner.email, owner.password);
  await signInViaUi(page, owner.email, owner.password);
  await page.goto("/account");
  await page.getByLabel("Current password").fill(owner.password);
  const next = "copper-meadow-kettle-41";
  await page.getByLabel("New password").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(
    page.getByText("Password changed; your other sessions were signed out."),
  ).toBeVisible();
  expect((await other.get("/api/tenants")).status()).toBe(401);
  // This browser stays signed in.
  expect((await page.request.get("/api/tenants")).status()).toBe(200);

  const third = await signedInContext(baseURL!, owner.email, next);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await third.get("/api/tenants")).status()).toBe(401);
  expect((await page.request.get("/api/tenants")).status()).toBe(401);
  await Promise.all([other.dispose(), third.dispose()]);
});

test("a weak password is refused with the reason; sign-up answers alike for a taken address", async ({
  baseURL,
}) => {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "X-Forwarded-For": freshClient() },
  });
  for (const password of ["password12", "Password1!"]) {
    const response = await api.post("/api/signup", { data: { ...newAccount("weak"), password } });
    expect(response.status()).toBe(422);
    expect((await response.json()).error.fields.password).toMatch(/commonly used passwords/);
  }
  await api.dispose();
});
