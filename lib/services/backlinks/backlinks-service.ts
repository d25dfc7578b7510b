import "server-only";
import { type ListExtent, offsetPageExtent, storedExtent } from "@/lib/backlinks/list-extent";
import { applyFilters, hasFilters } from "@/lib/backlinks/text-filters";
import type { Db } from "@/lib/db/client";
import { recordBacklinkSearch } from "@/lib/db/queries/backlink-searches";
import { env } from "@/lib/env";
import { type CostEstimate, estimateBacklinkRefresh } from "@/lib/seranking/costs";
import { dialectById } from "@/lib/seranking/dialects/registry";
import type { BacklinkRow, BacklinksSummaryResult, MetricLabels } from "@/lib/seranking/types";
import { refreshGuard } from "@/lib/services/budgets/starter-guards";
import { cachedCall } from "@/lib/services/seranking/cached-call";
import { withTenantClient } from "@/lib/services/seranking/tenant-client";
import type { TextFilters } from "@/lib/validations/backlink-filters";
import type { BacklinksListQuery } from "@/lib/validations/backlinks";
import { storedBacklinksPage } from "./stored-walk";

// Every Backlinks read goes through the tenant's client (key, usage, "needs attention") and the
// per-tenant cache (backlink data changes monthly), so a repeated view costs no credits.

interface Freshness {
  fetchedAt: string;
  fromCache: boolean;
  metricLabels: MetricLabels;
}

export interface SummaryReply extends Freshness {
  summary: BacklinksSummaryResult;
}

export interface ListReply extends Freshness {
  rows: BacklinkRow[];
  page: number;
  limit: number;
  /**
   * Data API only: rows of the domain stored so far (walked once, paid once) and whether that is
   * all of them. A page beyond them costs about one credit per added row.
   */
  stored?: { rows: number; complete: boolean };
  /**
   * What paging has proven about this view's length (rows seen; the end once a short page or the
   * walk's end was seen). The summary's totals are not the list's: pages never stop at them.
   */
  extent: ListExtent;
  /**
   * Set when text filters were applied: where they looked and what matched. "page" = only this
   * page's rows as SE Ranking serves them (page N is still rows of the unfiltered list); "stored"
   * = every row stored so far, not the whole list; "all" = the whole list. `rows` are then the
   * matches, paged by `page`/`limit` for "stored" and "all".
   */
  filter?: FilterReport;
  /** Credits per backlink row for this key's API, so the page can price a deep page. */
  creditsPerRow: number;
  /** What "Refresh" on this page would cost (summary + rows), said before it is clicked. */
  refreshEstimate: CostEstimate;
}

export interface FilterReport {
  scope: "page" | "stored" | "all";
  /** Rows the filters looked at. */
  searched: number;
  /** Rows among them that match (all of them, not just this page's). */
  matched: number;
}

const ttlMs = () => env().SERANKING_CACHE_TTL_SECONDS * 1000;

/** The summary of a (normalised) domain; a successful search joins the tenant's recent list. */
export async function backlinksSummary(
  db: Db,
  tenantId: string,
  domain: string,
  { force = false } = {},
): Promise<SummaryReply> {
  const guarded = force ? await refreshGuard(db, tenantId, "summary") : undefined;
  const reply = await (guarded ?? noScope)(() =>
    withTenantClient(db, tenantId, async (client) => {
      const result = await cachedCall(
        // The dialect is part of the key: DT/PT replies must never be served as TF/CF or back.
        {
          db,
          tenantId,
          endpoint: "backlinks.summary",
          params: { domain, dialect: client.dialectId },
          ttlMs: ttlMs(),
          force,
        },
        () => client.getBacklinksSummary(domain),
      );
      return {
        summary: result.data,
        fetchedAt: result.fetchedAt.toISOString(),
        fromCache: result.fromCache,
        metricLabels: client.metricLabels,
      };
    }),
  );
  await recordBacklinkSearch(db, tenantId, domain);
  return reply;
}

/**
 * One page of a domain's backlinks, as SE Ranking sorts it. provider-v3 pages by offset (cached
 * per page); the Data API has no offset, so its rows are walked once and stored (stored-walk.ts).
 */
export async function backlinksPage(
  db: Db,
  tenantId: string,
  query: Omit<BacklinksListQuery, "refresh" | "filters"> & { filters?: TextFilters },
  { force = false } = {},
): Promise<ListReply> {
  const { page, limit } = query;
  // A refresh is priced (rows up to this page) and refused over budget before any call.
  const guarded = force ? await refreshGuard(db, tenantId, { page, limit }) : undefined;
  return (guarded ?? noScope)(() => listPage(db, tenantId, query, force));
}

const noScope = <T>(work: () => Promise<T>) => work();

function listPage(
  db: Db,
  tenantId: string,
  query: Omit<BacklinksListQuery, "refresh" | "filters"> & { filters?: TextFilters },
  force: boolean,
): Promise<ListReply> {
  const { domain, page, limit, sort, dofollow, filters } = query;
  const offset = (page - 1) * limit;
  return withTenantClient(db, tenantId, async (client) => {
    const dialect = dialectById(client.dialectId);
    const creditsPerRow = dialect.prices.backlinkRow;
    const refreshEstimate = estimateBacklinkRefresh(dialect, { page, limit });
    if (client.walksBacklinks) {
      const stored = await storedBacklinksPage(db, tenantId, client, query, {
        ttlMs: ttlMs(),
        force,
      });
      const f = stored.filtered;
      return {
        rows: stored.rows,
        page,
        limit,
        stored: stored.stored,
        extent: storedExtent(stored.inView, stored.stored.complete),
        ...(f && {
          filter: {
            scope: f.complete ? "all" : "stored",
            searched: f.searched,
            matched: f.matched,
          },
        }),
        creditsPerRow,
        refreshEstimate,
        fetchedAt: stored.fetchedAt.toISOString(),
        fromCache: stored.fromCache,
        metricLabels: client.metricLabels,
      };
    }
    const params = { domain, limit, offset, sort, dofollow, dialect: client.dialectId };
    const result = await cachedCall(
      { db, tenantId, endpoint: "backlinks.list", params, ttlMs: ttlMs(), force },
      () => client.getBacklinks({ domain, limit, offset, sortBy: sort, doFollowOnly: dofollow }),
    );
    // SE Ranking's provider list has no text filter and no count: the filters look at this page.
    const rows = applyFilters(result.data, filters ?? {});
    return {
      rows,
      page,
      limit,
      extent: offsetPageExtent(offset, result.data.length, limit),
      ...(hasFilters(filters) && {
        filter: { scope: "page", searched: result.data.length, matched: rows.length },
      }),
      creditsPerRow,
      refreshEstimate,
      fetchedAt: result.fetchedAt.toISOString(),
      fromCache: result.fromCache,
      metricLabels: client.metricLabels,
    };
  });
}
