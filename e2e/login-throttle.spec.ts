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

// Each test signs in from its own made-up address (with TRUSTED_PROXY_HOPS=0 the app counts
// X-Forwarded-For as Next passes it), so its failures never count against the loopback address
// the rest of the suite uses.
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
// Five failures make that client wait 30 s (shown rounded up to a minute), then longer.
const WAIT = throttledMessage(1);

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

test("five wrong passwords make that client wait, with one message, account or not", async ({
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
    for (let i = 0; i < LOGIN_THROTTLE.pairFree; i++) {
      await submit(email, "wrong-password-1");
      await expect(alert).toHaveText("Wrong email or password.");
    }
    // From this client the right password no longer helps for now; an unknown email reads the same.
    await submit(email, account.password);
    await expect(alert).toHaveText(WAIT);
  }
  await expect(page).toHaveURL(/\/sign-in/);
  await page.screenshot({ path: testInfo.outputPath("sign-in-throttled.png") });
  // The wait is on that client alone: the owner, signing in from elsewhere, is not locked out.
  const elsewhere = await apiFrom(baseURL!, freshIp());
  expect(await tryApiSignIn(elsewhere, account.email, account.password)).toBe("ok");
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

test("an attacker failing from many addresses cannot lock the owner out", async ({ baseURL }) => {
  const account = await registered(baseURL!);
  for (let i = 0; i < LOGIN_THROTTLE.emailSlowAfter + 2; i++) {
    const attacker = await apiFrom(baseURL!, freshIp());
    expect(await tryApiSignIn(attacker, account.email, "wrong-password-1")).toBe("credentials");
    await attacker.dispose();
  }
  // Slowed (a few seconds at most), never refused.
  const owner = await apiFrom(baseURL!, freshIp());
  expect(await tryApiSignIn(owner, account.email, account.password)).toBe("ok");
  await owner.dispose();
});

test("a successful sign-in resets that client's count", async ({ baseURL }) => {
  const account = await registered(baseURL!);
  const api = await apiFrom(baseURL!, freshIp());
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < LOGIN_THROTTLE.pairFree - 1; i++) {
      expect(await tryApiSignIn(api, account.email, "wrong-password-1")).toBe("credentials");
    }
    expect(await tryApiSignIn(api, account.email, account.password)).toBe("ok");
  }
  await api.dispose();
});
