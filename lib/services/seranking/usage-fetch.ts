import type { Db } from "@/lib/db/client";
import { recordUsage } from "@/lib/db/queries/seranking-usage";
import type { FetchLike } from "@/lib/seranking/types";

/**
 * Wraps fetch so every upstream HTTP call — retries included — is counted for the tenant.
 * Counting must never break the call it counts, so its own failures are only logged.
 */
export function countingFetch(
  db: Db,
  tenantId: string,
  inner: FetchLike = globalThis.fetch,
): FetchLike {
  return async (input, init) => {
    const endpoint = endpointOf(input);
    let failed = true;
    try {
      const response = await inner(input, init);
      failed = !response.ok;
      return response;
    } finally {
      recordUsage(db, tenantId, endpoint, failed).catch((error) =>
        console.error(
          "[usage] could not record an upstream call",
          { tenantId, endpoint },
          String(error),
        ),
      );
    }
  };
}

function endpointOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return "unknown";
  }
}
