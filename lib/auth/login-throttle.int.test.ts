import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import type { DbHandle } from "@/lib/db/client";
import { loginFailures } from "@/lib/db/schema";
import { createOwnerAccount } from "@/lib/services/accounts";
import { createTestDb } from "@/test/support/test-db";
import { clientAddress } from "./client-address";
import {
  assertNotThrottled,
  LOGIN_THROTTLE,
  LoginThrottledError,
  noteLoginFailure,
  pairFreeAt,
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
  it("5 failures from one client make that client wait, even with the right password", async () => {
    const email = await account("locked");
    for (let i = 0; i < LOGIN_THROTTLE.pairFree; i++) {
      expect(await attempt(email, "wrong-horse-1", "10.1.0.1")).toBeNull();
    }
    const error = await thrown(attempt(email, PASSWORD, "10.1.0.1"));
    expect(error).toBeInstanceOf(LoginThrottledError);
    expect((error as Error).message).toBe("Too many attempts, try again in 1 minute.");
    // Throttled attempts are not recorded: the wait cannot be extended by hammering.
    const rows = await handle.db.select().from(loginFailures);
    expect(rows.length).toBe(LOGIN_THROTTLE.pairFree);
  });

  it("the owner is not locked out: failures from other clients never refuse the owner's", async () => {
    const email = await account("owner");
    // An attacker spreads 30 failures over many forged client addresses.
    for (let i = 0; i < 30; i++) await noteLoginFailure(handle.db, email, `10.9.${i}.1`);
    const slept: number[] = [];
    await assertNotThrottled(handle.db, email, "192.0.2.10", new Date(), async (ms) =>
      slept.push(ms),
    );
    // Slowed (the answer waits), never refused.
    expect(slept).toEqual([LOGIN_THROTTLE.emailMaxSlowMs]);
    expect((await attempt(email, PASSWORD, "192.0.2.10"))?.email).toBe(email);
  });

  it("says the same thing for an email that has no account", async () => {
    const ghost = "nobody-here@example.test";
    for (let i = 0; i < LOGIN_THROTTLE.pairFree; i++) await attempt(ghost, "x1", "10.2.0.1");
    const error = await thrown(attempt(ghost, "x1", "10.2.0.1"));
    expect((error as Error).message).toBe("Too many attempts, try again in 1 minute.");
  });

  it("each further failure doubles the client's wait, capped at the window", () => {
    const at = new Date("2026-01-01T10:00:00Z");
    const free = (count: number) =>
      (pairFreeAt({ count, oldest: at, newest: at }) - at.getTime()) / 1000;
    expect(free(4)).toBe(-at.getTime() / 1000); // under the limit: no wait
    expect([free(5), free(6), free(7), free(8)]).toEqual([30, 60, 120, 240]);
    expect(free(20)).toBe(LOGIN_THROTTLE.windowMs / 1000);
  });

  it("frees the client once the delay after its last failure has passed", async () => {
    const email = "window@example.test";
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < LOGIN_THROTTLE.pairFree; i++) {
      await noteLoginFailure(handle.db, email, "10.3.0.1", new Date(start.getTime() + i * 1000));
    }
    const last = start.getTime() + (LOGIN_THROTTLE.pairFree - 1) * 1000;
    const early = await thrown(
      assertNotThrottled(handle.db, email, "10.3.0.1", new Date(last + 10_000)),
    );
    expect(early).toBeInstanceOf(LoginThrottledError);
    expect(
      await thrown(assertNotThrottled(handle.db, email, "10.3.0.1", new Date(last + 30_001))),
    ).toBeUndefined();
  });

  it("a success forgets that client's failures for the email", async () => {
    const email = await account("resets");
    for (let i = 0; i < LOGIN_THROTTLE.pairFree - 1; i++) await attempt(email, "bad-1", "10.4.0.1");
    expect((await attempt(email, PASSWORD, "10.4.0.1"))?.email).toBe(email);
    for (let i = 0; i < LOGIN_THROTTLE.pairFree - 1; i++) await attempt(email, "bad-1", "10.4.0.1");
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
  it("TRUSTED_PROXY_HOPS decides which X-Forwarded-For entry counts", () => {
    const h = new Headers({ "x-forwarded-for": "6.6.6.6, 1.1.1.1, 10.0.0.7" });
    // Behind one proxy: the entry it appended; behind two: the one the outer proxy saw.
    expect(clientAddress(h, 1)).toBe("10.0.0.7");
    expect(clientAddress(h, 2)).toBe("1.1.1.1");
    // Exposed directly: the header as Next passes it (its socket address when the client sent none).
    expect(clientAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientAddress(h, 0)).toBe("6.6.6.6,1.1.1.1,10.0.0.7");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
  });

  it("round-trips the minutes through the Auth.js code", () => {
    expect(messageForSignInCode(throttledCode(3))).toBe(
      "Too many attempts, try again in 3 minutes.",
    );
    expect(messageForSignInCode("credentials")).toBeUndefined();
  });
});
