import "server-only";
// The one place the gap reads referring-domain lists: through the Backlinks referring-domains
// service (cached per tenant, so a domain fetched recently costs nothing again), mapped to the
// gap's dialect-neutral rows. Jobs and tests inject another source through the same shape.
import type { GapRefdomain } from "@/lib/backlinks/gap/gap-rows";
import type { Db } from "@/lib/db/client";
import { readCache } from "@/lib/db/queries/seranking-cache";
import { MAX_BACKLINKS_LIMIT } from "@/lib/seranking/client";
import type { Dialect } from "@/lib/seranking/dialects/dialect";
import type { RefdomainListShape } from "@/lib/seranking/gap-costs";
import {
  AGGREGATE_MAX_LINKS,
  REFDOMAINS_FETCH_LIMIT,
  referringDomains,
} from "@/lib/services/backlinks/refdomains-service";
import { paramsHash } from "@/lib/services/seranking/cached-call";
import { tenantDialect } from "@/lib/services/seranking/tenant-client";

export interface FetchedList {
  rows: GapRefdomain[];
  /** Answered from the cache: no request, no credits. */
  fromCache: boolean;
  /** False when the list may hold more rows than these (the service's row or link cap). */
  complete: boolean;
}

export type RefdomainsSource = (request: {
  db: Db;
  tenantId: string;
  domain: string;
}) => Promise<FetchedList>;

/** The service's order for the gap: the strongest domains first, so a capped list keeps them. */
const ORDER = "domain_inlink_rank" as const;

export const tenantRefdomains: RefdomainsSource = async ({ db, tenantId, domain }) => {
  const reply = await referringDomains({ db, tenantId, domain, order: ORDER });
  return {
    rows: reply.rows.map((r) => ({
      domain: r.domain,
      backlinks: r.backlinks,
      dofollowBacklinks: r.dofollowBacklinks,
      authority: r.authority,
      // Pages only where the list was built from links (provider API); the Data API's list names
      // none, and the page links each row to its backlinks from each competitor instead.
      examples: r.exampleUrls ?? [],
    })),
    fromCache: reply.fromCache,
    complete: reply.complete,
  };
};

/**
 * Which of these domains' lists the cache holds now, so the estimate does not charge for them.
 * The keys are the referring-domains service's cache keys (backlink-gap.int.test.ts checks that
 * a list the referring-domains service fetched is found here): the Data API's one call, or the provider's first page.
 */
export async function cachedRefdomainLists(
  db: Db,
  tenantId: string,
  domains: readonly string[],
): Promise<Set<string>> {
  const dialect = await tenantDialect(db, tenantId);
  const now = Date.now();
  const cached = new Set<string>();
  for (const domain of domains) {
    const key = dialect.refdomains
      ? {
          endpoint: "backlinks.refdomains",
          params: { domain, order: ORDER, limit: REFDOMAINS_FETCH_LIMIT, dialect: dialect.id },
        }
      : {
          endpoint: "backlinks.list",
          params: {
            domain,
            limit: MAX_BACKLINKS_LIMIT,
            offset: 0,
            sort: "trust_flow",
            dofollow: false,
            dialect: dialect.id,
          },
        };
    const hit = await readCache(db, tenantId, {
      endpoint: key.endpoint,
      paramsHash: paramsHash(key.params),
    });
    if (hit && hit.expiresAt.getTime() > now) cached.add(domain);
  }
  return cached;
}

/** One list's requests and most rows billed, for the estimate (per the service's caps). */
export function refdomainListShape(dialect: Dialect): RefdomainListShape {
  if (dialect.refdomains) return { requests: 1, maxRows: REFDOMAINS_FETCH_LIMIT };
  return { requests: AGGREGATE_MAX_LINKS / MAX_BACKLINKS_LIMIT, maxRows: AGGREGATE_MAX_LINKS };
}
