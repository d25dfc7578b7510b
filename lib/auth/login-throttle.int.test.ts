import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import type { DbHandle } from "@/lib/db/client";
import { loginFailures } from "@/lib/db/schema";
import { createOwnerAccount } from "@/lib/services/accounts";
import { createTestDb } from "@/lib/testing/test-db";
import {
  assertNotThrottled,
  clientIp,
  LOGIN_THROTTLE,
  LoginThrottledError,
  noteLoginFailure,
} from "./login-throttle";
import { messageForSignInCode, throttledCode } from "./throttle-message";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

const PASSWORD = "correct-horse-42";
async function account(tag: string) {
  await createOwnerAccount(handle.db, {
    name: tag,
    email: `${tag}@example.test`,
    password: PASSWORD,
    tenantName: `Team ${tag}`,
    tenantSlug: `team-${tag}`,
  });
  return `${tag}@example.test`;
}
const attempt = (email: string, password: string, ip: string) =>
  authorizeCredentials(handle.db, { email, password }, ip);
const thrown = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("login throttling", () => {
  it("locks an email after 5 failures, even with the right password", async () => {
    const email = await account("locked");
    for (let i = 0; i < LOGIN_THROTTLE.maxPerEmail; i++) {
      expect(await attempt(email, "wrong-horse-1", `10.1.0.${i}`)).toBeNull();
    }
    const error = await thrown(attempt(email, PASSWORD, "10.1.0.99"));
    expect(error).toBeInstanceOf(LoginThrottledError);
    expect((error as Error).message).toBe("Too many attempts, try again in 15 minutes.");
    // Throttled attempts are not recorded: the lock cannot be extended by hammering.
    const rows = await handle.db.select().from(loginFailures);
    expect(rows.length).toBe(LOGIN_THROTTLE.maxPerEmail);
  });

  it("says the same thing for an email that has no account", async () => {
    const ghost = "nobody-here@example.test";
    for (let i = 0; i < LOGIN_THROTTLE.maxPerEmail; i++) await attempt(ghost, "x1", "10.2.0.1");
    const error = await thrown(attempt(ghost, "x1", "10.2.0.2"));
    expect((error as Error).message).toBe("Too many attempts, try again in 15 minutes.");
  });

  it("frees the email once the oldest failure leaves the window", async () => {
    const email = "window@example.test";
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < LOGIN_THROTTLE.maxPerEmail; i++) {
      await noteLoginFailure(handle.db, email, "10.3.0.1", new Date(start.getTime() + i * 60_000));
    }
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const early = await thrown(assertNotThrottled(handle.db, email, "10.3.0.2", at(5)));
    expect((early as Error).message).toBe("Too many attempts, try again in 10 minutes.");
    const late = await thrown(assertNotThrottled(handle.db, email, "10.3.0.2", at(14.5)));
    expect((late as Error).message).toBe("Too many attempts, try again in 1 minute.");
    expect(
      await thrown(assertNotThrottled(handle.db, email, "10.3.0.2", at(15.01))),
    ).toBeUndefined();
  });

  it("a success before the limit forgets that email's failures", async () => {
    const email = await account("resets");
    for (let i = 0; i < LOGIN_THROTTLE.maxPerEmail - 1; i++)
      await attempt(email, "bad-1", "10.4.0.1");
    expect((await attempt(email, PASSWORD, "10.4.0.1"))?.email).toBe(email);
    for (let i = 0; i < LOGIN_THROTTLE.maxPerEmail - 1; i++)
      await attempt(email, "bad-1", "10.4.0.1");
    expect((await attempt(email, PASSWORD, "10.4.0.1"))?.email).toBe(email);
  });

  it("locks an IP after 20 failures across emails; other IPs still sign in", async () => {
    const email = await account("shared-ip");
    for (let i = 0; i < LOGIN_THROTTLE.maxPerIp; i++) {
      await attempt(`spray-${i}@example.test`, "bad-1", "10.5.0.1");
    }
    const error = await thrown(attempt(email, PASSWORD, "10.5.0.1"));
    expect(error).toBeInstanceOf(LoginThrottledError);
    expect((await attempt(email, PASSWORD, "10.5.0.2"))?.email).toBe(email);
  }, 60_000);
});

describe("throttle plumbing", () => {
  it("reads the client address the nearest proxy appended", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientIp(new Headers({ "x-real-ip": "10.0.0.8" }))).toBe("10.0.0.8");
    expect(clientIp(new Headers())).toBe("unknown");
  });

  it("round-trips the minutes through the Auth.js code", () => {
    expect(messageForSignInCode(throttledCode(3))).toBe(
      "Too many attempts, try again in 3 minutes.",
    );
    expect(messageForSignInCode("credentials")).toBeUndefined();
  });
});
