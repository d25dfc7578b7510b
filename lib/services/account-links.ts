import { eq } from "drizzle-orm";
import { ApiError } from "@/lib/api/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { hashLinkToken, newLinkToken } from "@/lib/auth/tokens";
import type { Db } from "@/lib/db/client";
import {
  consumeAccountToken,
  findUnusedAccountToken,
  insertAccountToken,
  voidAccountTokens,
} from "@/lib/db/queries/account-tokens";
import { deleteUserSessions } from "@/lib/db/queries/sessions";
import { findUserByEmail, findUserById } from "@/lib/db/queries/users";
import { type AccountTokenKind, users } from "@/lib/db/schema";
import { passwordResetMail, verifyEmailMail } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";

export const VERIFY_TTL_MS = 24 * 60 * 60_000;
export const RESET_TTL_MS = 30 * 60_000;

async function issueToken(db: Db, userId: string, kind: AccountTokenKind, ttlMs: number) {
  const { token, hash } = newLinkToken();
  await voidAccountTokens(db, userId, kind);
  await insertAccountToken(db, {
    userId,
    kind,
    tokenHash: hash,
    expiresAt: new Date(Date.now() + ttlMs),
  });
  return token;
}

/** Mails a fresh verification link (older links stop working). */
export async function sendVerificationEmail(db: Db, userId: string, origin: string) {
  const user = await findUserById(db, userId);
  if (!user || user.emailVerifiedAt) return;
  const token = await issueToken(db, userId, "verify_email", VERIFY_TTL_MS);
  await sendMail(verifyEmailMail({ to: user.email, link: `${origin}/verify-email/${token}` }));
}

/** Follows a verification link: true when the email is now verified. Works once. */
export async function verifyEmail(db: Db, token: string, now = new Date()) {
  const found = await findUnusedAccountToken(db, "verify_email", hashLinkToken(token));
  if (!found || found.token.expiresAt <= now) return false;
  if (!(await consumeAccountToken(db, found.token.id, now))) return false;
  await db.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, found.token.userId));
  return true;
}

/**
 * Mails a reset link when the address has an account; does nothing otherwise. The caller answers
 * "check your email" either way, so the reply does not tell which addresses have accounts.
 */
export async function requestPasswordReset(db: Db, email: string, origin: string) {
  const user = await findUserByEmail(db, email);
  if (!user) return;
  const token = await issueToken(db, user.id, "reset_password", RESET_TTL_MS);
  try {
    await sendMail(
      passwordResetMail({ to: user.email, link: `${origin}/reset-password/${token}` }),
    );
  } catch (error) {
    // Not surfaced: a failure only for existing accounts would tell which addresses have one.
    console.error("[accounts] reset mail not sent", { code: (error as { code?: string }).code });
  }
}

const resetRefused = () =>
  new ApiError(
    "gone",
    "This reset link has expired or was already used (links last 30 minutes and work once). Ask for a new one.",
  );

/**
 * Sets a new password through an emailed link and ends every session of the account: whoever
 * knew the old password is signed out. The link proves the mailbox, so the email is verified too.
 */
export async function resetPassword(db: Db, token: string, password: string, now = new Date()) {
  const found = await findUnusedAccountToken(db, "reset_password", hashLinkToken(token));
  if (!found || found.token.expiresAt <= now) throw resetRefused();
  assertStrongPassword(password, [found.email]);
  if (!(await consumeAccountToken(db, found.token.id, now))) throw resetRefused();
  const passwordHash = await hashPassword(password);
  await db
    .update(users)
    .set({ passwordHash, emailVerifiedAt: now })
    .where(eq(users.id, found.token.userId));
  await deleteUserSessions(db, found.token.userId);
  return { email: found.email };
}

/** Changes the password of a signed-in user; every other session of the account ends. */
export async function changePassword(
  db: Db,
  user: { userId: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
) {
  const account = await findUserById(db, user.userId);
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new ApiError("invalid_input", "The current password is not right.", {
      currentPassword: "This is not your current password",
    });
  }
  assertStrongPassword(input.newPassword, [account.email, account.name ?? ""], "newPassword");
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where(eq(users.id, user.userId));
  await deleteUserSessions(db, user.userId, user.sessionId);
}
