import "server-only";
// The one place the gap reads referring-domain lists: through the Backlinks referring-domains
// service (cached per tenant, so a domain fetched recently costs nothing again), mapped to the
// gap's dialect-neutral rows. Jobs and tests inject another source through the same shape.
import type { GapRefdomain } from "@/lib/backlinks/gap/gap-rows";
import type { Db } from "@/lib/db/client";
import type { Dialect } from "@/lib/seranking/dialects/dialect";
import type { RefdomainListShape } from "@/lib/seranking/gap-costs";

export interface FetchedList {
  rows: GapRefdomain[];
  /** Answered from the cache: no request, no credits. */
  fromCache: boolean;
}

export type RefdomainsSource = (request: {
  db: Db;
  tenantId: string;
  domain: string;
}) => Promise<FetchedList>;

/** Until the referring-domains service is there, nothing can be fetched. */
export const tenantRefdomains: RefdomainsSource = async () => {
  throw new Error("Referring-domain lists are not available yet");
};

/** Which of these domains' lists the cache holds now (for the estimate: those cost nothing). */
export async function cachedRefdomainLists(
  _db: Db,
  _tenantId: string,
  _domains: readonly string[],
): Promise<Set<string>> {
  return new Set();
}

/** One list's requests and most rows billed, for the estimate (per the service's limits). */
export function refdomainListShape(_dialect: Dialect): RefdomainListShape {
  return { requests: 1, maxRows: 10_000 };
}
