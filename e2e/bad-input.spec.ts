import { expect, request as playwrightRequest, test } from "@playwright/test";
import {
  freshClient,
  newAccount,
  signedInContext,
  signUpViaApi,
  submitSignIn,
} from "./support/accounts";

test("sign-up refuses bad input with a clear message and creates nothing", async ({ baseURL }) => {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "X-Forwarded-For": freshClient() },
  });
  const existing = newAccount("taken");
  await signUpViaApi(api, existing);

  const cases: {
    change: Partial<typeof existing>;
    status: number;
    field: string;
    message: RegExp;
  }[] = [
    {
      change: { password: "password12" },
      status: 422,
      field: "password",
      message: /commonly used passwords/,
    },
    { change: { password: "short1" }, status: 422, field: "password", message: /at least 10/ },
    { change: { password: "onlyletterslong" }, status: 422, field: "password", message: /number/ },
    {
      change: { tenantSlug: existing.tenantSlug },
      status: 409,
      field: "tenantSlug",
      message: /taken/,
    },
    {
      change: { tenantSlug: "Bad Slug!" },
      status: 422,
      field: "tenantSlug",
      message: /lowercase letters/,
    },
    { change: { tenantSlug: "api" }, status: 422, field: "tenantSlug", message: /reserved/ },
    { change: { email: "not-an-email" }, status: 422, field: "email", message: /valid email/ },
  ];
  for (const { change, status, field, message } of cases) {
    const attempt = { ...newAccount("bad"), ...change };
    const response = await api.post("/api/signup", { data: attempt });
    expect(response.status(), JSON.stringify(change)).toBe(status);
    const { error } = await response.json();
    expect(error.fields[field], JSON.stringify(change)).toMatch(message);
    // Nothing was created: the attempted slug is still free (unless it was the taken one).
    if (attempt.tenantSlug !== existing.tenantSlug && status !== 422) {
      const retry = await api.post("/api/signup", {
        data: { ...newAccount("ok"), tenantSlug: attempt.tenantSlug },
      });
      expect(retry.status()).toBe(201);
    }
  }
  // An address that has an account: the same answer as a new one (no way to tell who has an
  // account), nothing created, and the original password still works.
  const duplicate = { ...newAccount("dup"), email: existing.email.toUpperCase() };
  const again = await api.post("/api/signup", { data: duplicate });
  expect(again.status()).toBe(201);
  const fresh = await api.post("/api/signup", { data: newAccount("fresh") });
  expect(await again.json()).toEqual(await fresh.json());
  const slugFree = await api.post("/api/signup", {
    data: { ...newAccount("ok"), tenantSlug: duplicate.tenantSlug },
  });
  expect(slugFree.status()).toBe(201);
  await (await signedInContext(baseURL!, existing.email, existing.password)).dispose();
  await api.dispose();
});

test("a 10 MB body is refused with 413 and nothing is created", async ({ baseURL }) => {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { "X-Forwarded-For": freshClient() },
  });
  const account = newAccount("huge");
  const response = await api.post("/api/signup", {
    data: { ...account, name: "x".repeat(10 * 1024 * 1024) },
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.message).toMatch(/too large/);
  const retry = await api.post("/api/signup", { data: account });
  expect(retry.status()).toBe(201);
  await api.dispose();
});

test("wrong password and unknown email get the same message", async ({ page, baseURL }) => {
  const api = await playwrightRequest.newContext({ baseURL });
  const account = newAccount("login");
  await signUpViaApi(api, account);
  // Next's route announcer is also role=alert: look inside the form only.
  const formAlert = page.locator("form").getByRole("alert");
  await submitSignIn(page, account.email, "wrong-password-1");
  const wrongPassword = await formAlert.textContent();
  await submitSignIn(page, `nobody-${account.email}`, "wrong-password-1");
  const unknownEmail = await formAlert.textContent();
  expect(wrongPassword).toBe("Wrong email or password.");
  expect(unknownEmail).toBe(wrongPassword);
  await expect(page).toHaveURL(/\/sign-in/);
  await api.dispose();
});

test("the sign-up form shows field errors beside the inputs", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone");
  await page.getByLabel("Work email").fill("someone@example.test");
  await page.getByLabel("Password").fill("weak");
  await page.getByLabel("Workspace name").fill("Team");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up/);
});
