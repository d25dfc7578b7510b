import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { serankingUsage } from "../schema";

export const usageMonth = (date = new Date()) => date.toISOString().slice(0, 7);

export async function recordUsage(
  db: Db,
  tenantId: string,
  endpoint: string,
  failed: boolean,
  cost: { feature: string; credits: number } = { feature: "other", credits: 0 },
) {
  await db
    .insert(serankingUsage)
    .values({
      tenantId,
      month: usageMonth(),
      endpoint,
      feature: cost.feature,
      calls: 1,
      failures: failed ? 1 : 0,
      credits: cost.credits,
    })
    .onConflictDoUpdate({
      target: [serankingUsage.tenantId, serankingUsage.month, serankingUsage.endpoint],
      set: {
        calls: sql`${serankingUsage.calls} + 1`,
        failures: sql`${serankingUsage.failures} + ${failed ? 1 : 0}`,
        credits: sql`${serankingUsage.credits} + ${cost.credits}`,
        feature: cost.feature,
      },
    });
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
