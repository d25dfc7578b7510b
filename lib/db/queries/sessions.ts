import { and, eq, gt, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, sessions, tenants, users } from "../schema";

export async function insertSession(db: Db, userId: string, expiresAt: Date) {
  const [row] = await db.insert(sessions).values({ userId, expiresAt }).returning();
  return row!;
}

/**
 * The live session behind a cookie: one primary-key read (joined to its user for the verified
 * flag), made on every signed-in request. A deleted or expired row means signed out.
 */
export async function findLiveSession(db: Db, sessionId: string, now = new Date()) {
  const [row] = await db
    .select({
      userId: sessions.userId,
      emailVerified: users.emailVerifiedAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now)))
    .limit(1);
  return row ? { userId: row.userId, emailVerified: row.emailVerified !== null } : undefined;
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, or every one but `keep` (the browser that asked). */
export async function deleteUserSessions(db: Db, userId: string, keep?: string) {
  await db
    .delete(sessions)
    .where(
      keep ? and(eq(sessions.userId, userId), ne(sessions.id, keep)) : eq(sessions.userId, userId),
    );
}

/**
 * The live session behind a cookie and, in the same round trip, the user's membership of the
 * workspace at `slug` (tenant and role null when there is none, or no such workspace). Every
 * tenant API request and dashboard page needs both; one statement instead of two.
 */
export async function findLiveSessionAccess(
  db: Db,
  sessionId: string,
  slug: string,
  now = new Date(),
) {
  const [row] = await db
    .select({
      userId: sessions.userId,
      email: users.email,
      emailVerified: users.emailVerifiedAt,
      tenant: tenants,
      role: memberships.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.userId, sessions.userId),
        eq(memberships.tenantId, sql`(select t.id from tenants t where t.slug = ${slug})`),
      ),
    )
    .leftJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return undefined;
  return {
    userId: row.userId,
    email: row.email,
    emailVerified: row.emailVerified !== null,
    access: row.tenant && row.role ? { tenant: row.tenant, role: row.role } : undefined,
  };
}
