import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import type { DbHandle } from "@/lib/db/client";
import { findLiveSession, insertSession } from "@/lib/db/queries/sessions";
import { accountTokens, users } from "@/lib/db/schema";
import type { MailCatcher } from "@/scripts/lib/mail-catcher";
import { linkMailedTo, mailTestEnv } from "@/test/support/mail-env";
import { createTestDb } from "@/test/support/test-db";
import {
  changePassword,
  RESET_TTL_MS,
  requestPasswordReset,
  resetPassword,
  sendVerificationEmail,
  verifyEmail,
} from "./account-links";
import { createOwnerAccount } from "./accounts";

let handle: DbHandle;
let mail: MailCatcher;
const ORIGIN = "http://app.test";
const PASSWORD = "correct-horse-42";
const later = (ms: number) => new Date(Date.now() + ms);

beforeAll(async () => {
  mail = await mailTestEnv();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
  await mail.close();
});

async function person(tag: string) {
  const { userId } = await createOwnerAccount(handle.db, {
    name: tag,
    email: `${tag}@example.test`,
    password: PASSWORD,
    tenantName: `Team ${tag}`,
    tenantSlug: `team-${tag}`,
  });
  return { userId, email: `${tag}@example.test` };
}
const session = (userId: string) => insertSession(handle.db, userId, later(3_600_000));
const tokenIn = (link: string | undefined, path: string) => link?.split(path)[1] ?? "missing";

describe("password reset by email", () => {
  it("works once, ends every session, and stores only a digest", async () => {
    const { userId, email } = await person("reset");
    const [a, b] = [await session(userId), await session(userId)];
    await requestPasswordReset(handle.db, email, ORIGIN);
    const token = tokenIn(linkMailedTo(mail, email), "/reset-password/");
    const stored = await handle.db
      .select()
      .from(accountTokens)
      .where(eq(accountTokens.userId, userId));
    expect(stored.map((t) => t.tokenHash)).not.toContain(token);

    await resetPassword(handle.db, token, "amber-canyon-violin-2027");
    expect(await findLiveSession(handle.db, a.id)).toBeUndefined();
    expect(await findLiveSession(handle.db, b.id)).toBeUndefined();
    expect(await authorizeCredentials(handle.db, { email, password: PASSWORD })).toBeNull();
    await expect(resetPassword(handle.db, token, "another-canyon-violin-9")).rejects.toMatchObject({
      status: 410,
    });
  });

  it("expires after 30 minutes", async () => {
    const { email } = await person("late");
    await requestPasswordReset(handle.db, email, ORIGIN);
    const token = tokenIn(linkMailedTo(mail, email), "/reset-password/");
    await expect(
      resetPassword(handle.db, token, "amber-canyon-violin-2027", later(RESET_TTL_MS + 1000)),
    ).rejects.toMatchObject({ status: 410, message: expect.stringContaining("30 minutes") });
    expect((await authorizeCredentials(handle.db, { email, password: PASSWORD }))?.email).toBe(
      email,
    );
  });

  it("an address without an account gets no mail and no error", async () => {
    await requestPasswordReset(handle.db, "ghost@example.test", ORIGIN);
    expect(linkMailedTo(mail, "ghost@example.test")).toBeUndefined();
  });
});

describe("password change and verification", () => {
  it("a change keeps this session and ends the others", async () => {
    const { userId } = await person("change");
    const [mine, other] = [await session(userId), await session(userId)];
    await changePassword(
      handle.db,
      { userId, sessionId: mine.id },
      { currentPassword: PASSWORD, newPassword: "copper-meadow-kettle-41" },
    );
    expect(await findLiveSession(handle.db, mine.id)).toBeDefined();
    expect(await findLiveSession(handle.db, other.id)).toBeUndefined();
  });

  it("refuses a wrong current password and a common new one, changing nothing", async () => {
    const { userId, email } = await person("refuse");
    const mine = await session(userId);
    await expect(
      changePassword(
        handle.db,
        { userId, sessionId: mine.id },
        { currentPassword: "wrong-password-1", newPassword: "copper-meadow-kettle-41" },
      ),
    ).rejects.toMatchObject({ status: 422, fields: { currentPassword: expect.any(String) } });
    await expect(
      changePassword(
        handle.db,
        { userId, sessionId: mine.id },
        { currentPassword: PASSWORD, newPassword: "Password1!" },
      ),
    ).rejects.toMatchObject({ status: 422, fields: { newPassword: expect.any(String) } });
    expect((await authorizeCredentials(handle.db, { email, password: PASSWORD }))?.email).toBe(
      email,
    );
  });

  it("the emailed verification link confirms the address, once", async () => {
    const { userId, email } = await person("verify");
    await sendVerificationEmail(handle.db, userId, ORIGIN);
    const token = tokenIn(linkMailedTo(mail, email), "/verify-email/");
    expect(await verifyEmail(handle.db, token)).toBe(true);
    expect(await verifyEmail(handle.db, token)).toBe(false);
    const [user] = await handle.db.select().from(users).where(eq(users.id, userId));
    expect(user!.emailVerifiedAt).not.toBeNull();
    expect((await findLiveSession(handle.db, (await session(userId)).id))?.emailVerified).toBe(
      true,
    );
  });
});
