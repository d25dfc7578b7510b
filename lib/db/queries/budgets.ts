import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { budgetSkips, memberships, serankingUsage, tenants, users } from "../schema";

/** The workspace's monthly budget (null = none) and the zone its months are counted in. */
export async function findBudget(db: Db, tenantId: string) {
  const [row] = await db
    .select({ budget: tenants.monthlyCreditBudget, timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row ?? { budget: null, timeZone: "UTC" };
}

export async function saveBudget(db: Db, tenantId: string, budget: number | null) {
  await db.update(tenants).set({ monthlyCreditBudget: budget }).where(eq(tenants.id, tenantId));
}

/** Credits recorded for the workspace in `month` (every feature, every actor). */
export async function creditsSpent(db: Db, tenantId: string, month: string): Promise<number> {
  const [row] = await db
    .select({ credits: sql<number>`coalesce(sum(${serankingUsage.credits}), 0)::int` })
    .from(serankingUsage)
    .where(and(eq(serankingUsage.tenantId, tenantId), eq(serankingUsage.month, month)));
  return row?.credits ?? 0;
}

export async function insertBudgetSkip(db: Db, skip: typeof budgetSkips.$inferInsert) {
  await db.insert(budgetSkips).values(skip);
}

export function listBudgetSkips(db: Db, tenantId: string, month: string) {
  return db
    .select()
    .from(budgetSkips)
    .where(and(eq(budgetSkips.tenantId, tenantId), eq(budgetSkips.month, month)))
    .orderBy(desc(budgetSkips.createdAt))
    .limit(50);
}

/** Credits and calls per month, feature and actor since `fromMonth` ("YYYY-MM"), for the usage page. */
export function usageRows(db: Db, tenantId: string, fromMonth: string) {
  return db
    .select({
      month: serankingUsage.month,
      feature: serankingUsage.feature,
      actor: serankingUsage.actor,
      calls: sql<number>`sum(${serankingUsage.calls})::int`,
      credits: sql<number>`sum(${serankingUsage.credits})::int`,
    })
    .from(serankingUsage)
    .where(and(eq(serankingUsage.tenantId, tenantId), gte(serankingUsage.month, fromMonth)))
    .groupBy(serankingUsage.month, serankingUsage.feature, serankingUsage.actor);
}

/** Names of the workspace's members, by user id (actors that are not members stay unnamed). */
export async function memberNames(db: Db, tenantId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId));
  return new Map(rows.map((r) => [r.id, r.name || r.email]));
}
