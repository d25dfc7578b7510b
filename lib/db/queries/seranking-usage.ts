import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { serankingUsage, tenants } from "../schema";

export const usageMonth = (date = new Date()) => date.toISOString().slice(0, 7);

/**
 * Counts one call. `month` is the workspace's month (its time zone) and `actor` who spent it:
 * both come from the caller, so the budget and the usage page read the same rows.
 */
export async function recordUsage(
  db: Db,
  tenantId: string,
  endpoint: string,
  failed: boolean,
  cost: { feature: string; credits: number } = { feature: "other", credits: 0 },
  who: { month?: string; actor?: string } = {},
) {
  const actor = who.actor ?? "";
  await db
    .insert(serankingUsage)
    .values({
      tenantId,
      month: who.month ?? usageMonth(),
      endpoint,
      feature: cost.feature,
      actor,
      calls: 1,
      failures: failed ? 1 : 0,
      credits: cost.credits,
    })
    .onConflictDoUpdate({
      target: [
        serankingUsage.tenantId,
        serankingUsage.month,
        serankingUsage.endpoint,
        serankingUsage.feature,
        serankingUsage.actor,
      ],
      set: {
        calls: sql`${serankingUsage.calls} + 1`,
        failures: sql`${serankingUsage.failures} + ${failed ? 1 : 0}`,
        credits: sql`${serankingUsage.credits} + ${cost.credits}`,
      },
    });
}

/** The workspace's time zone, for the month its usage is counted in. */
export async function tenantTimeZone(db: Db, tenantId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row?.timeZone ?? "UTC";
}

/** Calls and credits of one month per feature, most credits first. */
export async function usageByFeature(db: Db, tenantId: string, month: string) {
  return db
    .select({
      feature: serankingUsage.feature,
      calls: sql<number>`sum(${serankingUsage.calls})::int`,
      credits: sql<number>`sum(${serankingUsage.credits})::int`,
    })
    .from(serankingUsage)
    .where(and(eq(serankingUsage.tenantId, tenantId), eq(serankingUsage.month, month)))
    .groupBy(serankingUsage.feature)
    .orderBy(desc(sql`sum(${serankingUsage.credits})`));
}

export async function listUsage(db: Db, tenantId: string, month?: string) {
  return db
    .select()
    .from(serankingUsage)
    .where(
      and(
        eq(serankingUsage.tenantId, tenantId),
        month ? eq(serankingUsage.month, month) : undefined,
      ),
    )
    .orderBy(desc(serankingUsage.month), serankingUsage.endpoint);
}
