import { randomInt, randomUUID } from "node:crypto";
import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
} from "@playwright/test";
import { linkFromMail, pathOf } from "./mail";

export interface Account {
  name: string;
  email: string;
  password: string;
  tenantName: string;
  tenantSlug: string;
}

/** A fresh, unique workspace owner per test, so tests never depend on each other's data. */
export function newAccount(label = "team"): Account {
  const id = randomUUID().slice(0, 8);
  return {
    name: `Test ${label}`,
    email: `${label}-${id}@example.test`,
    password: `pass-${id}-2026`,
    tenantName: `${label} ${id}`,
    tenantSlug: `${label}-${id}`,
  };
}

/**
 * A made-up client address per call: sign-ups are rate-limited per client, and the whole suite
 * would otherwise count against the one loopback address.
 */
export const freshClient = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/**
 * Signs up through the API and confirms the address through the real verification mail (as the
 * person would), so the account may connect keys and accept invitations.
 */
export async function signUpViaApi(request: APIRequestContext, account: Account) {
  const response = await request.post("/api/signup", {
    data: account,
    headers: { "X-Forwarded-For": freshClient() },
  });
  expect(response.status(), await response.text()).toBe(201);
  await verifyViaMail(request, account.email);
}

/** Confirms the address the way a person does: the link in the real verification mail. */
export async function verifyViaMail(request: APIRequestContext, email: string) {
  const link = await linkFromMail(email, /Confirm your email/);
  const response = await request.get(pathOf(link));
  expect(await response.text()).toContain("Your email address is confirmed");
}

/** An API context holding a session cookie, as a signed-in browser would. */
export async function signedInContext(baseURL: string, email: string, password: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
  const session = await (await context.get("/api/auth/session")).json();
  expect(session?.user?.email, `sign-in as ${email}`).toBe(email);
  return context;
}

/** Fills and submits the sign-in form; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the form and waits until the app has left the sign-in page. */
export async function signInViaUi(page: Page, email: string, password: string) {
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Connects the simulator's demo key to a workspace through the admin API. */
export async function connectKey(admin: APIRequestContext, slug: string, apiKey: string) {
  const response = await admin.put(`/api/tenants/${slug}/integrations/se-ranking`, {
    data: { apiKey },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A new workspace with its admin signed in (API context) and the demo key connected. */
export async function connectedWorkspace(baseURL: string, label: string, apiKey: string) {
  const account = newAccount(label);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(anonymous, account);
  await anonymous.dispose();
  const admin = await signedInContext(baseURL, account.email, account.password);
  await connectKey(admin, account.tenantSlug, apiKey);
  return { account, admin };
}

/** A new workspace owner, signed up through the API and signed in through the form. */
export async function signedUpInBrowser(page: Page, baseURL: string, label: string) {
  const account = newAccount(label);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  await signUpViaApi(anonymous, account);
  await anonymous.dispose();
  await signInViaUi(page, account.email, account.password);
  return account;
}

/**
 * A new member through the real invitation path: the admin invites, the invitation mail
 * arrives at the demo's SMTP receiver, the invitee creates the account from its link and
 * accepts. Returns the member's credentials.
 */
export async function inviteAndJoin(
  admin: APIRequestContext,
  baseURL: string,
  slug: string,
  role: "admin" | "marketer",
  email = `${role}-${randomUUID().slice(0, 8)}@example.test`,
) {
  const invited = await admin.post(`/api/tenants/${slug}/invitations`, { data: { email, role } });
  expect(invited.status(), await invited.text()).toBe(201);
  const token = pathOf(await linkFromMail(email, /You are invited/)).split("/invite/")[1]!;
  const password = `joined-${randomUUID().slice(0, 8)}-2026`;
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const created = await anonymous.post("/api/invitations/sign-up", {
    data: { token, name: `Invited ${role}`, password },
    headers: { "X-Forwarded-For": freshClient() },
  });
  expect(created.status(), await created.text()).toBe(201);
  await anonymous.dispose();
  const member = await signedInContext(baseURL, email, password);
  const accepted = await member.post("/api/invitations/accept", { data: { token } });
  expect(accepted.status(), await accepted.text()).toBe(200);
  const session = await (await member.get("/api/auth/session")).json();
  return { email, password, member, userId: session.user.id as string };
}
