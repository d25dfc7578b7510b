import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { serankingCache } from "../schema";

export interface CacheKey {
  endpoint: string;
  paramsHash: string;
}

export async function readCache(db: Db, tenantId: string, key: CacheKey) {
  const [row] = await db
    .select()
    .from(serankingCache)
    .where(
      and(
        eq(serankingCache.tenantId, tenantId),
        eq(serankingCache.endpoint, key.endpoint),
        eq(serankingCache.paramsHash, key.paramsHash),
      ),
    )
    .limit(1);
  return row;
}

export async function writeCache(
  db: Db,
  tenantId: string,
  entry: CacheKey & {
    params: Record<string, unknown>;
    response: unknown;
    fetchedAt: Date;
    expiresAt: Date;
  },
) {
  await db
    .insert(serankingCache)
    .values({ tenantId, ...entry })
    .onConflictDoUpdate({
      target: [serankingCache.tenantId, serankingCache.endpoint, serankingCache.paramsHash],
      set: {
        params: entry.params,
        response: entry.response,
        fetchedAt: entry.fetchedAt,
        expiresAt: entry.expiresAt,
      },
    });
}
