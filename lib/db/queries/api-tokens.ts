import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type ApiScope, apiRateWindows, apiTokens, tenants } from "../schema";

export interface NewApiToken {
  tenantId: string;
  name: string;
  scopes: ApiScope[];
  tokenHash: string;
  prefix: string;
  ratePerMinute: number;
  createdBy: string;
}

export async function insertApiToken(db: Db, values: NewApiToken) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

export function listApiTokens(db: Db, tenantId: string) {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tenantId, tenantId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes a live token of this tenant; null when there is none (unknown, other tenant, revoked). */
export async function revokeApiToken(db: Db, tenantId: string, tokenId: string) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(apiTokens.id, tokenId), eq(apiTokens.tenantId, tenantId), isNull(apiTokens.revokedAt)),
    )
    .returning();
  return row ?? null;
}

/** A live token and its workspace, by digest: one statement per API request. */
export async function findLiveToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ token: apiTokens, tenant: tenants })
    .from(apiTokens)
    .innerJoin(tenants, eq(tenants.id, apiTokens.tenantId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row ?? null;
}

export async function touchApiToken(db: Db, tokenId: string, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, tokenId));
}

/** Counts one request in the token's current minute and answers the count so far (atomic). */
export async function countRequest(db: Db, tokenId: string, windowStart: Date) {
  const [row] = await db
    .insert(apiRateWindows)
    .values({ tokenId, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [apiRateWindows.tokenId, apiRateWindows.windowStart],
      set: { count: sql`${apiRateWindows.count} + 1` },
    })
    .returning({ count: apiRateWindows.count });
  // Old windows are no use to anyone: drop them as we go, so the table stays a few rows a token.
  await db
    .delete(apiRateWindows)
    .where(and(eq(apiRateWindows.tokenId, tokenId), lt(apiRateWindows.windowStart, windowStart)));
  return row!.count;
}
