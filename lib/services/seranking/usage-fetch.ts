import type { Db } from "@/lib/db/client";
import { recordUsage, tenantTimeZone } from "@/lib/db/queries/seranking-usage";
import type { Dialect } from "@/lib/seranking/dialects/dialect";
import type { FetchLike } from "@/lib/seranking/types";
import { type CallUsage, usageOf } from "@/lib/seranking/usage";
import { enqueueAlertEvaluation } from "@/lib/services/alerts/alert-jobs";
import { monthIn } from "@/lib/services/budgets/budget-month";
import { currentUsageScope } from "@/lib/services/budgets/usage-scope";

/**
 * Wraps fetch so every upstream HTTP call — retries included — is counted for the tenant, with
 * the credits a 2xx reply cost (read from a copy of the reply: the client still gets the body).
 * Counting must never break the call it counts, so its own failures are only logged.
 */
export function countingFetch(
  db: Db,
  tenantId: string,
  inner: FetchLike = globalThis.fetch,
  dialect?: Dialect,
): FetchLike {
  return async (input, init) => {
    // Read now: the scope of the work this call serves (feature, who started it).
    const scope = currentUsageScope();
    const endpoint = endpointOf(input);
    let failed = true;
    let cost: CallUsage | undefined;
    try {
      const response = await inner(input, init);
      failed = !response.ok;
      if (response.ok && dialect) cost = await costOf(dialect, input, init, response);
      return response;
    } finally {
      // A failed call costs nothing but still belongs to its feature.
      cost ??= dialect && { feature: featureOf(dialect, input), credits: 0 };
      const attributed = cost && scope.feature ? { ...cost, feature: scope.feature } : cost;
      record(db, tenantId, endpoint, failed, attributed, scope.actor).catch((error) =>
        console.error(
          "[usage] could not record an upstream call",
          { tenantId, endpoint },
          String(error),
        ),
      );
    }
  };
}

async function record(
  db: Db,
  tenantId: string,
  endpoint: string,
  failed: boolean,
  cost: CallUsage | { feature: string; credits: number } | undefined,
  actor: string | undefined,
) {
  const month = monthIn(new Date(), await tenantTimeZone(db, tenantId));
  await recordUsage(db, tenantId, endpoint, failed, cost, { month, actor });
  // Credits spent may cross an alert's threshold or the budget.
  if (cost && cost.credits > 0) await enqueueAlertEvaluation(db, tenantId, "usage");
}

function endpointOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return "unknown";
  }
}

function featureOf(dialect: Dialect, input: string) {
  try {
    return usageOf(dialect, new URL(input), undefined, undefined).feature;
  } catch {
    return "other" as const;
  }
}

async function costOf(
  dialect: Dialect,
  input: string,
  init: RequestInit | undefined,
  response: Response,
): Promise<CallUsage | undefined> {
  try {
    const reply = JSON.parse(await response.clone().text());
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    return usageOf(dialect, new URL(input), body, reply);
  } catch {
    return undefined; // an unreadable reply fails in the client; it is counted as a call
  }
}
