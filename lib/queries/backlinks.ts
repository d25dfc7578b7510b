import { queryOptions } from "@tanstack/react-query";
import type { Json } from "@/lib/api/json-shape";
import { setFilterParams } from "@/lib/backlinks/view-params";
import type { RecentSearch as RecentSearchRow } from "@/lib/db/queries/backlink-searches";
import type { ListReply, SummaryReply } from "@/lib/services/backlinks/backlinks-service";
import type { TextFilters } from "@/lib/validations/backlink-filters";
import type { BacklinkSort } from "@/lib/validations/backlinks";
import { fetchJson } from "./fetch-json";

// The replies are the server's own shapes (type-only imports: nothing server-side is bundled).
export type { ListReply, SummaryReply } from "@/lib/services/backlinks/backlinks-service";
export type RecentSearch = Json<RecentSearchRow>;

/** The list view worth sharing: it lives in the page URL and keys the list query. */
export interface BacklinksView {
  domain: string;
  sort: BacklinkSort;
  dofollow: boolean;
  page: number;
  limit: number;
  /** Anchor / source URL text filters; the server applies them (see ListReply.filter). */
  filters: TextFilters;
}

const base = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}/backlinks`;

export function summaryUrl(slug: string, domain: string, refresh = false) {
  const q = new URLSearchParams({ domain });
  if (refresh) q.set("refresh", "1");
  return `${base(slug)}/summary?${q}`;
}

export function listUrl(slug: string, view: BacklinksView, refresh = false) {
  const q = new URLSearchParams({
    domain: view.domain,
    page: String(view.page),
    limit: String(view.limit),
    sort: view.sort,
    dofollow: view.dofollow ? "1" : "0",
  });
  setFilterParams(q, view.filters);
  if (refresh) q.set("refresh", "1");
  return `${base(slug)}?${q}`;
}

// The server already retries SE Ranking with backoff; a second browser retry would only double
// the wait before the user sees what went wrong and a Retry button.
export const summaryQuery = (slug: string, domain: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "backlinks", "summary", domain],
    queryFn: ({ signal }) => fetchJson<SummaryReply>(summaryUrl(slug, domain), { signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });

export const listQuery = (slug: string, view: BacklinksView) =>
  queryOptions({
    queryKey: ["tenant", slug, "backlinks", "list", view],
    queryFn: ({ signal }) => fetchJson<ListReply>(listUrl(slug, view), { signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });

export const recentSearchesQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "backlinks", "recent"],
    queryFn: () =>
      fetchJson<{ searches: RecentSearch[] }>(`${base(slug)}/recent`).then((r) => r.searches),
  });
