import "server-only";
import {
  aggregateAnchors,
  aggregateRefdomains,
  orderAnchors,
  orderRefdomains,
} from "@/lib/backlinks/aggregate-refdomains";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { MAX_BACKLINKS_LIMIT } from "@/lib/seranking/client";
import { dialectById } from "@/lib/seranking/dialects/registry";
import type {
  AnchorRow,
  AnchorsOrder,
  BacklinkRow,
  MetricLabels,
  RefdomainRow,
  RefdomainsOrder,
} from "@/lib/seranking/types";
import { cachedCall } from "@/lib/services/seranking/cached-call";
import { type TenantClient, withTenantClient } from "@/lib/services/seranking/tenant-client";

// A domain's referring domains and anchor texts. The Data API has calls for both (one request,
// billed per row): they are cached per tenant like every backlink read. The provider contract
// has none, so they are built from the backlink list (its pages cached as the list's own), and
// the reply says from how many links: "from the N links fetched", never passed off as the whole.

/** Rows asked of the Data API per call: the top 1,000 in the asked order (1,000 credits at most). */
export const REFDOMAINS_FETCH_LIMIT = 1000;
/** Links the provider aggregation reads at most (pages of 1,000, each cached like the list's). */
export const AGGREGATE_MAX_LINKS = 5000;

interface AggregateReply<R> {
  rows: R[];
  /** "api": SE Ranking's own call; "aggregated": built here from the backlink list. */
  source: "api" | "aggregated";
  /** Aggregated: how many links the rows were built from; null for the API. */
  fetchedLinks: number | null;
  /**
   * False when there may be more than these rows: the API filled the whole limit, or the
   * aggregation stopped at AGGREGATE_MAX_LINKS links.
   */
  complete: boolean;
  fetchedAt: string;
  fromCache: boolean;
  metricLabels: MetricLabels;
}

export type RefdomainsReply = AggregateReply<RefdomainRow> & { order: RefdomainsOrder };
export type AnchorsReply = AggregateReply<AnchorRow> & { order: AnchorsOrder };

interface Input<O> {
  db: Db;
  tenantId: string;
  /** Already normalised. */
  domain: string;
  order?: O;
  force?: boolean;
}

const ttlMs = () => env().SERANKING_CACHE_TTL_SECONDS * 1000;

export function referringDomains(input: Input<RefdomainsOrder>): Promise<RefdomainsReply> {
  const { db, tenantId, domain, force = false } = input;
  const order = input.order ?? "domain_inlink_rank";
  return withTenantClient(db, tenantId, async (client) => {
    if (client.hasRefdomainsApi) {
      const params = { domain, order, limit: REFDOMAINS_FETCH_LIMIT, dialect: client.dialectId };
      const result = await cachedCall(
        { db, tenantId, endpoint: "backlinks.refdomains", params, ttlMs: ttlMs(), force },
        () => client.getRefdomains({ domain, orderBy: order, limit: REFDOMAINS_FETCH_LIMIT }),
      );
      return {
        ...fromApi(result, client),
        order,
        complete: result.data.length < REFDOMAINS_FETCH_LIMIT,
      };
    }
    const links = await fetchedLinks(db, tenantId, client, domain, force);
    const set = dialectById(client.dialectId).metricStrategy.set;
    const rows = orderRefdomains(aggregateRefdomains(links.rows, set), order);
    return { ...aggregated(links, client), rows, order };
  });
}

export function anchors(input: Input<AnchorsOrder>): Promise<AnchorsReply> {
  const { db, tenantId, domain, force = false } = input;
  const order = input.order ?? "backlinks";
  return withTenantClient(db, tenantId, async (client) => {
    if (client.hasRefdomainsApi) {
      const params = { domain, order, limit: REFDOMAINS_FETCH_LIMIT, dialect: client.dialectId };
      const result = await cachedCall(
        { db, tenantId, endpoint: "backlinks.anchors", params, ttlMs: ttlMs(), force },
        () => client.getAnchors({ domain, orderBy: order, limit: REFDOMAINS_FETCH_LIMIT }),
      );
      return {
        ...fromApi(result, client),
        order,
        complete: result.data.length < REFDOMAINS_FETCH_LIMIT,
      };
    }
    const links = await fetchedLinks(db, tenantId, client, domain, force);
    const rows = orderAnchors(aggregateAnchors(links.rows), order);
    return { ...aggregated(links, client), rows, order };
  });
}

function fromApi<R>(
  result: { data: R[]; fetchedAt: Date; fromCache: boolean },
  client: TenantClient,
) {
  return {
    rows: result.data,
    source: "api" as const,
    fetchedLinks: null,
    fetchedAt: result.fetchedAt.toISOString(),
    fromCache: result.fromCache,
    metricLabels: client.metricLabels,
  };
}

interface FetchedLinks {
  rows: BacklinkRow[];
  complete: boolean;
  fetchedAt: Date;
  fromCache: boolean;
}

function aggregated(links: FetchedLinks, client: TenantClient) {
  return {
    source: "aggregated" as const,
    fetchedLinks: links.rows.length,
    complete: links.complete,
    fetchedAt: links.fetchedAt.toISOString(),
    fromCache: links.fromCache,
    metricLabels: client.metricLabels,
  };
}

/**
 * The provider's backlink list, pages of 1,000 by offset until a short page (the list's end,
 * whatever the summary says) or AGGREGATE_MAX_LINKS. Each page is the cache entry the list view
 * would use for the same page, so a page fetched once is paid once.
 */
async function fetchedLinks(
  db: Db,
  tenantId: string,
  client: TenantClient,
  domain: string,
  force: boolean,
): Promise<FetchedLinks> {
  const rows: BacklinkRow[] = [];
  let fetchedAt: Date | null = null;
  let fromCache = true;
  const limit = MAX_BACKLINKS_LIMIT;
  for (let offset = 0; offset < AGGREGATE_MAX_LINKS; offset += limit) {
    const sort = "trust_flow" as const;
    const params = { domain, limit, offset, sort, dofollow: false, dialect: client.dialectId };
    const page = await cachedCall(
      { db, tenantId, endpoint: "backlinks.list", params, ttlMs: ttlMs(), force },
      () => client.getBacklinks({ domain, limit, offset, sortBy: sort, doFollowOnly: false }),
    );
    rows.push(...page.data);
    fromCache &&= page.fromCache;
    if (!fetchedAt || page.fetchedAt < fetchedAt) fetchedAt = page.fetchedAt;
    if (page.data.length < limit) return { rows, complete: true, fetchedAt, fromCache };
  }
  return { rows, complete: false, fetchedAt: fetchedAt ?? new Date(), fromCache };
}
