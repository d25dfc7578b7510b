import "server-only";
import { hasFilters } from "@/lib/backlinks/text-filters";
import type { Db } from "@/lib/db/client";
import {
  appendPage,
  type BacklinkWalk,
  countRows,
  listWalks,
  readRows,
  resetWalk,
} from "@/lib/db/queries/backlink-rows";
import { isSERankingError, SERankingError } from "@/lib/seranking/errors";
import type { BacklinkRow } from "@/lib/seranking/types";
import type { TenantClient } from "@/lib/services/seranking/tenant-client";
import type { TextFilters } from "@/lib/validations/backlink-filters";
import type { BacklinkSort } from "@/lib/validations/backlinks";

// The Data API's backlink list, paid once per row. /v1/backlinks/all has no offset and bills per
// record, so page N through it re-bills pages 1..N-1 every time. Instead the domain is walked
// with /v1/backlinks/raw's cursor, only as far as the page asked for, and the rows are stored per
// tenant for the cache TTL (backlink_walks / backlink_rows): a later page continues the walk from
// the stored cursor, and earlier pages and the whole-list export read stored rows. Cost of pages
// 1–20 plus the export of a 10,000-link domain: 10,000 rows, the least any client can pay.
// /raw has no nofollow filter, so "dofollow only" is a filter on the stored rows.
// Text filters (anchor / source URL) search every row stored so far and never extend the walk
// beyond the first page: a rare match must not silently buy the whole list. The reply says how
// many rows were searched and whether that is the whole list.

export interface StoredPageQuery {
  domain: string;
  page: number;
  limit: number;
  sort: BacklinkSort;
  dofollow: boolean;
  filters?: TextFilters;
}

export interface StoredPage {
  rows: BacklinkRow[];
  fetchedAt: Date;
  /** True when no upstream call was needed for this page. */
  fromCache: boolean;
  /** Rows of the domain stored so far, and whether that is all of them. */
  stored: { rows: number; complete: boolean };
  /** Rows of this view (dofollow only or all) stored so far: what paging has proven exists. */
  inView: number;
  /** With text filters: rows searched (stored, in this view) and how many of them match. */
  filtered?: { searched: number; matched: number; complete: boolean };
}

// One walk step at a time per tenant, domain and order in this process, so two tabs asking for
// page 5 at once do not both pay for it. (Across instances the second one re-reads the stored
// cursor after the first commits; a race there can cost one page twice, never more.)
const walking = new Map<string, Promise<unknown>>();

function serialized<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = walking.get(key) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(work);
  walking.set(key, next);
  next.finally(() => walking.get(key) === next && walking.delete(key)).catch(() => {});
  return next;
}

export function storedBacklinksPage(
  db: Db,
  tenantId: string,
  client: TenantClient,
  q: StoredPageQuery,
  opts: { ttlMs: number; force?: boolean },
): Promise<StoredPage> {
  const key = `${tenantId}:${q.domain}:${q.sort}`;
  return serialized(key, () => walkAndRead(db, tenantId, client, q, opts));
}

async function walkAndRead(
  db: Db,
  tenantId: string,
  client: TenantClient,
  q: StoredPageQuery,
  { ttlMs, force = false }: { ttlMs: number; force?: boolean },
): Promise<StoredPage> {
  const offset = (q.page - 1) * q.limit;
  const now = Date.now();
  const live = (await listWalks(db, tenantId, q.domain)).filter((w) => w.expiresAt.getTime() > now);
  const expiresAt = () => new Date(Date.now() + ttlMs);
  let walk = force ? undefined : live.find((w) => w.orderBy === q.sort);
  // A complete walk in another order already holds every row: sort it here, pay nothing.
  const other = force ? undefined : live.find((w) => w.complete && w.orderBy !== q.sort);
  if (!walk && other) {
    const rows = await readRows(db, other, { ...window(q, offset), sort: q.sort });
    return { ...(await page(db, q, rows, other, true)), ...(await filterCounts(db, other, q)) };
  }
  walk ??= await resetWalk(db, tenantId, q.domain, q.sort, expiresAt());

  let called = false;
  let restarted = false;
  // Filtered: hold the first page's rows (what the unfiltered first page would cost), no more.
  const need = hasFilters(q.filters) ? q.limit : offset + q.limit;
  for (;;) {
    const have = await countRows(db, walk, q.dofollow);
    if (have >= need || walk.complete) break;
    // Exactly the rows missing; with "dofollow only" at least a page, as some will be nofollow.
    const missing = need - have;
    const limit = q.dofollow ? Math.max(missing, q.limit) : missing;
    try {
      called = true;
      const step = await client.getBacklinksRawPage({
        domain: q.domain,
        sortBy: q.sort,
        limit,
        ...(walk.cursor && { cursor: walk.cursor }),
      });
      if (step.next && step.next === walk.cursor && step.rows.length > 0) {
        throw new SERankingError("bad_response", "SE Ranking's backlink cursor does not advance");
      }
      walk = await appendPage(db, walk, step);
    } catch (error) {
      // A cursor's lifetime is not documented: one SE Ranking refuses is dropped and the walk
      // starts over (once), rather than leaving the domain stuck at its stored depth.
      const staleCursor = isSERankingError(error) && error.kind === "bad_request" && walk.cursor;
      if (!staleCursor || restarted) throw error;
      restarted = true;
      walk = await resetWalk(db, tenantId, q.domain, q.sort, expiresAt());
    }
  }
  const rows = await readRows(db, walk, window(q, offset));
  return { ...(await page(db, q, rows, walk, !called)), ...(await filterCounts(db, walk, q)) };
}

const window = (q: StoredPageQuery, offset: number) => ({
  offset,
  limit: q.limit,
  dofollowOnly: q.dofollow,
  filters: q.filters,
});

async function filterCounts(db: Db, walk: BacklinkWalk, q: StoredPageQuery) {
  if (!hasFilters(q.filters)) return {};
  const searched = await countRows(db, walk, q.dofollow);
  const matched = await countRows(db, walk, q.dofollow, q.filters);
  return { filtered: { searched, matched, complete: walk.complete } };
}

async function page(
  db: Db,
  q: StoredPageQuery,
  rows: BacklinkRow[],
  walk: BacklinkWalk,
  fromCache: boolean,
): Promise<StoredPage> {
  return {
    rows,
    fetchedAt: walk.startedAt,
    fromCache,
    stored: { rows: walk.rowCount, complete: walk.complete },
    inView: q.dofollow ? await countRows(db, walk, true) : walk.rowCount,
  };
}
