import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { invitations, type Role, tenants } from "../schema";

export async function insertInvitation(
  db: Db,
  values: {
    tenantId: string;
    email: string;
    role: Role;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
) {
  const [row] = await db.insert(invitations).values(values).returning();
  return row!;
}

/** Invitations not yet accepted or revoked (expired ones too: the list shows them as expired). */
export async function listOpenInvitations(db: Db, tenantId: string) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.tenantId, tenantId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function findOpenInvitationForEmail(db: Db, tenantId: string, email: string) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tenantId, tenantId),
        eq(sql`lower(${invitations.email})`, email.toLowerCase()),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .limit(1);
  return row;
}

export async function findInvitationInTenant(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.id, id)))
    .limit(1);
  return row;
}

/** The invitation behind a link, with its workspace's name and address. */
export async function findInvitationByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ invitation: invitations, tenantName: tenants.name, tenantSlug: tenants.slug })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  return row;
}

export async function updateInvitation(
  db: Db,
  id: string,
  set: Partial<{ tokenHash: string; expiresAt: Date; acceptedAt: Date; revokedAt: Date }>,
) {
  await db.update(invitations).set(set).where(eq(invitations.id, id));
}
