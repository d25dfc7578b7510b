import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { readCache, writeCache } from "@/lib/db/queries/seranking-cache";

export interface CachedResult<T> {
  data: T;
  fetchedAt: Date;
  fromCache: boolean;
}

interface CachedCallOptions {
  db: Db;
  tenantId: string;
  endpoint: string;
  params: Record<string, unknown>;
  ttlMs: number;
  /** Skip a fresh cache entry and ask upstream again (the "refresh" link). */
  force?: boolean;
}

// Identical requests in flight share one upstream call. This map is per process; with several
// instances each may make one call, and the database cache absorbs the rest.
const inFlight = new Map<string, Promise<CachedResult<unknown>>>();

export function paramsHash(params: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(params)
      .sort()
      .map((k) => [k, params[k]]),
  );
  return createHash("sha256").update(canonical).digest("hex").slice(0, 32);
}

/** Reads through the per-tenant cache; a failed upstream call never touches what is stored. */
export function cachedCall<T>(
  options: CachedCallOptions,
  fetcher: () => Promise<T>,
): Promise<CachedResult<T>> {
  const { db, tenantId, endpoint, params, ttlMs, force } = options;
  const hash = paramsHash(params);
  const flightKey = `${tenantId}:${endpoint}:${hash}:${force ? "force" : ""}`;
  const existing = inFlight.get(flightKey);
  if (existing) return existing as Promise<CachedResult<T>>;

  const run = (async (): Promise<CachedResult<T>> => {
    if (!force) {
      const hit = await readCache(db, tenantId, { endpoint, paramsHash: hash });
      if (hit && hit.expiresAt.getTime() > Date.now()) {
        return { data: hit.response as T, fetchedAt: hit.fetchedAt, fromCache: true };
      }
    }
    const data = await fetcher();
    const fetchedAt = new Date();
    await writeCache(db, tenantId, {
      endpoint,
      paramsHash: hash,
      params,
      response: data,
      fetchedAt,
      expiresAt: new Date(fetchedAt.getTime() + ttlMs),
    });
    return { data, fetchedAt, fromCache: false };
  })().finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, run);
  return run;
}
