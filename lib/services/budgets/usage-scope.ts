// Who and what an upstream call is spent for, carried down the call stack so the one counting
// fetch (seranking/usage-fetch.ts) can record it without every client call passing it along.
// Set once where work starts: the route wrapper (the member or "api_token") and each job.
import { AsyncLocalStorage } from "node:async_hooks";

/** The kinds of work a budget prices before they start, as recorded in seranking_usage.feature. */
export const BUDGET_FEATURES = [
  "bulk_metrics",
  "backlink_refresh",
  "backlink_export",
  "gap",
  "monitoring_snapshot",
  "keyword_check",
] as const;
export type BudgetFeature = (typeof BUDGET_FEATURES)[number];

/** A user id, or one of these when no member started the work. */
export type UsageActor = string | "schedule" | "api_token";

export interface UsageScope {
  feature?: BudgetFeature;
  actor?: UsageActor;
}

const storage = new AsyncLocalStorage<UsageScope>();

/** Runs `work` with `scope` merged over the one around it (a job's feature keeps its actor). */
export function withUsageScope<T>(scope: UsageScope, work: () => Promise<T>): Promise<T> {
  const outer = storage.getStore() ?? {};
  return storage.run({ ...outer, ...dropUndefined(scope) }, work);
}

export function currentUsageScope(): UsageScope {
  return storage.getStore() ?? {};
}

const dropUndefined = (scope: UsageScope): UsageScope =>
  Object.fromEntries(Object.entries(scope).filter(([, v]) => v !== undefined && v !== null));
