import { randomInt } from "node:crypto";
import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import { LOGIN_THROTTLE } from "../lib/auth/login-throttle";
import { throttledMessage } from "../lib/auth/throttle-message";
import { newAccount, signUpViaApi } from "./support/accounts";

// Each test signs in from its own made-up address (the app reads the right-most X-Forwarded-For),
// so its failures never count against the loopback address the rest of the suite uses.
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const LOCKED = throttledMessage(15);

async function apiFrom(baseURL: string, ip: string) {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": ip } });
}

/** One credentials sign-in through Auth.js; "ok", or the `code` it answered with. */
async function tryApiSignIn(api: APIRequestContext, email: string, password: string) {
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password },
    maxRedirects: 0,
  });
  const location = new URL(response.headers().location ?? "/", "http://x");
  return location.searchParams.get("error") ? location.searchParams.get("code") : "ok";
}

async function registered(baseURL: string) {
  const account = newAccount("throttle");
  const api = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(api, account);
  await api.dispose();
  return account;
}

test("five wrong passwords lock the email with one message, account or not", async ({
  browser,
  baseURL,
}, testInfo) => {
  const account = await registered(baseURL!);
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": freshIp() } });
  const page = await context.newPage();
  const alert = page.locator("form").getByRole("alert");
  const submit = async (email: string, password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  await page.goto("/sign-in");
  for (const email of [account.email, `nobody-${account.email}`]) {
    for (let i = 0; i < LOGIN_THROTTLE.maxPerEmail; i++) {
      await submit(email, "wrong-password-1");
      await expect(alert).toHaveText("Wrong email or password.");
    }
    // The right password no longer helps, and an unknown email reads exactly the same.
    await submit(email, account.password);
    await expect(alert).toHaveText(LOCKED);
  }
  await expect(page).toHaveURL(/\/sign-in/);
  await page.screenshot({ path: testInfo.outputPath("sign-in-throttled.png") });
  // The lock is on the email: another address does not lift it.
  const elsewhere = await apiFrom(baseURL!, freshIp());
  expect(await tryApiSignIn(elsewhere, account.email, account.password)).toBe("throttled-15");
  await elsewhere.dispose();
  await context.close();
});

test("twenty failures from one address lock it for every email; other addresses sign in", async ({
  baseURL,
}) => {
  const account = await registered(baseURL!);
  const ip = freshIp();
  const api = await apiFrom(baseURL!, ip);
  for (let i = 0; i < LOGIN_THROTTLE.maxPerIp; i++) {
    expect(await tryApiSignIn(api, `spray-${i}-${ip}@example.test`, "wrong-password-1")).toBe(
      "credentials",
    );
  }
  expect(await tryApiSignIn(api, account.email, account.password)).toBe("throttled-15");
  const other = await apiFrom(baseURL!, freshIp());
  expect(await tryApiSignIn(other, account.email, account.password)).toBe("ok");
  await Promise.all([api.dispose(), other.dispose()]);
});

test("a successful sign-in resets the email's count", async ({ baseURL }) => {
  const account = await registered(baseURL!);
  const api = await apiFrom(baseURL!, freshIp());
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < LOGIN_THROTTLE.maxPerEmail - 1; i++) {
      expect(await tryApiSignIn(api, account.email, "wrong-password-1")).toBe("credentials");
    }
    expect(await tryApiSignIn(api, account.email, account.password)).toBe("ok");
  }
  await api.dispose();
});
