import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, tenants } from "../schema";

export async function findTenantBySlug(db: Db, slug: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return tenant;
}

/** The tenant behind a URL slug, but only if this user belongs to it — else undefined. */
export async function findTenantAccess(db: Db, slug: string, userId: string) {
  const [row] = await db
    .select({ tenant: tenants, role: memberships.role })
    .from(tenants)
    .innerJoin(memberships, eq(memberships.tenantId, tenants.id))
    .where(and(eq(tenants.slug, slug), eq(memberships.userId, userId)))
    .limit(1);
  return row;
}

export async function listTenantsForUser(db: Db, userId: string) {
  return db
    .select({ id: tenants.id, name: tenants.name, slug: tenants.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(memberships.tenantId, tenants.id))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(tenants.name));
}
