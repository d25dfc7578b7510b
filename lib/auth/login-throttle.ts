import { createHash } from "node:crypto";
import { setTimeout as wait } from "node:timers/promises";
import type { Db } from "@/lib/db/client";
import {
  clearPairFailures,
  type FailureWindow,
  failuresForEmail,
  failuresForIp,
  failuresForPair,
  pruneLoginFailures,
  recordLoginFailure,
} from "@/lib/db/queries/login-failures";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";
import { throttledMessage } from "./throttle-message";

/**
 * Sign-in throttling that an attacker cannot turn against the account's owner:
 * - per (email, client): after `pairFree` failures, each further attempt waits a growing delay
 *   (30 s, 1 min, 2 min… up to the window) after the last failure. Only that client waits.
 * - per email, from every client: past `emailSlowAfter` failures each attempt is slowed (the
 *   answer takes up to `emailMaxSlowMs` longer) but never refused, so the owner still gets in.
 * - per client across emails: `maxPerIp` failures lock that client (password spraying).
 */
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60_000,
  pairFree: 5,
  pairBaseDelayMs: 30_000,
  emailSlowAfter: 10,
  emailMaxSlowMs: 3_000,
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

const minutesUntil = (freeAt: number, now: Date) =>
  Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));

/** When this pair may try again: the last failure plus a delay that doubles per failure. */
export function pairFreeAt(pair: FailureWindow): number {
  if (pair.count < LOGIN_THROTTLE.pairFree || !pair.newest) return 0;
  const delay = Math.min(
    LOGIN_THROTTLE.pairBaseDelayMs * 2 ** (pair.count - LOGIN_THROTTLE.pairFree),
    LOGIN_THROTTLE.windowMs,
  );
  return pair.newest.getTime() + delay;
}

/** The slowdown for an email under attack from many clients: grows with failures, capped. */
export function emailSlowdownMs(byEmail: FailureWindow): number {
  const over = byEmail.count - LOGIN_THROTTLE.emailSlowAfter;
  return over < 0 ? 0 : Math.min(500 * (over + 1), LOGIN_THROTTLE.emailMaxSlowMs);
}

/**
 * Throws LoginThrottledError when this client must wait (its own failures for this email, or
 * its spraying across emails); otherwise returns after the per-email slowdown, if any.
 */
export async function assertNotThrottled(
  db: Db,
  email: string,
  ip: string,
  now = new Date(),
  sleep: (ms: number) => Promise<unknown> = wait,
) {
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const key = emailKey(email);
  const [byPair, byIp, byEmail] = await Promise.all([
    failuresForPair(db, key, ip, since),
    failuresForIp(db, ip, since),
    failuresForEmail(db, key, since),
  ]);
  const pairAt = pairFreeAt(byPair);
  const ipAt =
    byIp.count >= LOGIN_THROTTLE.maxPerIp && byIp.oldest
      ? byIp.oldest.getTime() + LOGIN_THROTTLE.windowMs
      : 0;
  const freeAt = Math.max(pairAt, ipAt);
  if (freeAt > now.getTime()) throw new LoginThrottledError(minutesUntil(freeAt, now));
  const slow = emailSlowdownMs(byEmail);
  if (slow > 0) await sleep(slow);
}

export async function noteLoginFailure(db: Db, email: string, ip: string, now = new Date()) {
  const key = emailKey(email);
  await recordLoginFailure(db, key, ip, now);
  await pruneLoginFailures(db, key, ip, new Date(now.getTime() - LOGIN_THROTTLE.windowMs));
}

export const noteLoginSuccess = (db: Db, email: string, ip: string) =>
  clearPairFailures(db, emailKey(email), ip);

/** The client address sign-in counts against (see client-address.ts). */
export function clientIp(headers: Headers | undefined): string {
  return clientAddress(headers, env().TRUSTED_PROXY_HOPS);
}
