import { and, count, eq, gt, lt, max, min, or } from "drizzle-orm";
import type { Db } from "../client";
import { loginFailures } from "../schema";

// Not tenant-scoped on purpose: sign-in failures belong to an email digest and an IP, not a tenant.

export interface FailureWindow {
  count: number;
  oldest: Date | null;
  newest: Date | null;
}

async function windowFor(
  db: Db,
  where: ReturnType<typeof eq> | undefined,
  since: Date,
): Promise<FailureWindow> {
  const [row] = await db
    .select({
      count: count(),
      oldest: min(loginFailures.createdAt),
      newest: max(loginFailures.createdAt),
    })
    .from(loginFailures)
    .where(and(where, gt(loginFailures.createdAt, since)));
  return {
    count: Number(row?.count ?? 0),
    oldest: row?.oldest ? new Date(row.oldest) : null,
    newest: row?.newest ? new Date(row.newest) : null,
  };
}

export const failuresForEmail = (db: Db, emailHash: string, since: Date) =>
  windowFor(db, eq(loginFailures.emailHash, emailHash), since);

/** One email from one client: the pair whose failures earn growing delays. */
export const failuresForPair = (db: Db, emailHash: string, ip: string, since: Date) =>
  windowFor(db, and(eq(loginFailures.emailHash, emailHash), eq(loginFailures.ip, ip)), since);

export const failuresForIp = (db: Db, ip: string, since: Date) =>
  windowFor(db, eq(loginFailures.ip, ip), since);

export async function recordLoginFailure(db: Db, emailHash: string, ip: string, at: Date) {
  await db.insert(loginFailures).values({ emailHash, ip, createdAt: at });
}

/**
 * A successful sign-in forgets that email's failures from this client (the other clients'
 * stay: the owner signing in must not reset an attacker's delays elsewhere).
 */
export async function clearPairFailures(db: Db, emailHash: string, ip: string) {
  await db
    .delete(loginFailures)
    .where(and(eq(loginFailures.emailHash, emailHash), eq(loginFailures.ip, ip)));
}

/** Rows past the window no longer count; dropping them keeps the table small. */
export async function pruneLoginFailures(db: Db, emailHash: string, ip: string, before: Date) {
  await db
    .delete(loginFailures)
    .where(
      and(
        lt(loginFailures.createdAt, before),
        or(eq(loginFailures.emailHash, emailHash), eq(loginFailures.ip, ip)),
      ),
    );
}
