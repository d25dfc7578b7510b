import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import {
  clearEmailFailures,
  type FailureWindow,
  failuresForEmail,
  failuresForIp,
  pruneLoginFailures,
  recordLoginFailure,
} from "@/lib/db/queries/login-failures";
import { throttledMessage } from "./throttle-message";

/**
 * Sign-in throttling: after MAX_PER_EMAIL failures for one email, or MAX_PER_IP from one address,
 * within WINDOW_MS, sign-in is refused until the oldest failure leaves the window. The per-IP cap
 * is higher because an office or a test runner shares one address among many honest people.
 */
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60_000,
  maxPerEmail: 5,
  maxPerIp: 20,
} as const;

export class LoginThrottledError extends Error {
  constructor(readonly retryAfterMinutes: number) {
    super(throttledMessage(retryAfterMinutes));
    this.name = "LoginThrottledError";
  }
}

// Hashing the normalised address: throttling an unknown email must not store that email.
export const emailKey = (email: string) =>
  createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

function minutesUntilFree(window: FailureWindow, now: Date) {
  const freeAt = (window.oldest?.getTime() ?? now.getTime()) + LOGIN_THROTTLE.windowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
}

/** Throws LoginThrottledError when this email or IP has used up its failures. */
export async function assertNotThrottled(db: Db, email: string, ip: string, now = new Date()) {
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const [byEmail, byIp] = await Promise.all([
    failuresForEmail(db, emailKey(email), since),
    failuresForIp(db, ip, since),
  ]);
  const blocked = [
    byEmail.count >= LOGIN_THROTTLE.maxPerEmail ? minutesUntilFree(byEmail, now) : 0,
    byIp.count >= LOGIN_THROTTLE.maxPerIp ? minutesUntilFree(byIp, now) : 0,
  ];
  const minutes = Math.max(...blocked);
  if (minutes > 0) throw new LoginThrottledError(minutes);
}

export async function noteLoginFailure(db: Db, email: string, ip: string, now = new Date()) {
  const key = emailKey(email);
  await recordLoginFailure(db, key, ip, now);
  await pruneLoginFailures(db, key, ip, new Date(now.getTime() - LOGIN_THROTTLE.windowMs));
}

export const noteLoginSuccess = (db: Db, email: string) => clearEmailFailures(db, emailKey(email));

/**
 * The client address: the right-most X-Forwarded-For entry, i.e. the one appended by the nearest
 * proxy (Next itself fills the header from the socket when no proxy set it).
 */
export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers
    ?.get("x-forwarded-for")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? headers?.get("x-real-ip") ?? "unknown";
}
