import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { serankingUsage } from "../schema";

export const usageMonth = (date = new Date()) => date.toISOString().slice(0, 7);

export async function recordUsage(db: Db, tenantId: string, endpoint: string, failed: boolean) {
  await db
    .insert(serankingUsage)
    .values({ tenantId, month: usageMonth(), endpoint, calls: 1, failures: failed ? 1 : 0 })
    .onConflictDoUpdate({
      target: [serankingUsage.tenantId, serankingUsage.month, serankingUsage.endpoint],
      set: {
        calls: sql`${serankingUsage.calls} + 1`,
        failures: sql`${serankingUsage.failures} + ${failed ? 1 : 0}`,
      },
    });
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
