import "server-only";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { RateGates } from "@/lib/seranking/rate-gate";
import { defaultRateLimiters } from "@/lib/seranking/rate-limiter";
import { PgRateGates } from "./pg-rate-gate";

const shared = new WeakMap<Db, PgRateGates>();

/**
 * Where the server's SE Ranking clients take their per-key slots. On PostgreSQL (DATABASE_URL)
 * several instances and workers may call for one key, so the budget is a locked row every one of
 * them draws from; the embedded PGlite is one process, so process memory is enough there.
 */
export function rateGatesFor(db: Db): RateGates {
  if (!env().DATABASE_URL) return defaultRateLimiters;
  let gates = shared.get(db);
  if (!gates) {
    gates = new PgRateGates(db);
    shared.set(db, gates);
  }
  return gates;
}
