import { queryOptions } from "@tanstack/react-query";
import type { AnchorsTabReply, RefdomainsTabReply } from "@/lib/services/backlinks/refdomains-view";
import type { AnchorSort, RefdomainSort, SortDir } from "@/lib/validations/refdomains";
import { fetchJson } from "./fetch-json";
import { keepTabRefresh, takeTabRefresh } from "./tab-refresh";

// The Referring domains and Anchors tabs' queries (the replies are the server's own shapes,
// type-only imports).
export type { AnchorsTabReply, RefdomainsTabReply } from "@/lib/services/backlinks/refdomains-view";

export type TabKind = "refdomains" | "anchors";

export interface TabView<S extends RefdomainSort | AnchorSort = RefdomainSort | AnchorSort> {
  domain: string;
  sort: S;
  dir: SortDir;
  /** "Contains" filter on the domain / anchor text. */
  q: string;
  page: number;
}

const base = (slug: string, kind: TabKind) =>
  `/api/tenants/${encodeURIComponent(slug)}/backlinks/${kind}`;

export function tabUrl(
  slug: string,
  kind: TabKind,
  view: TabView,
  format?: "csv",
  refresh = false,
) {
  const q = new URLSearchParams({
    domain: view.domain,
    sort: view.sort,
    dir: view.dir,
    page: String(view.page),
  });
  if (view.q) q.set("q", view.q);
  if (format) q.set("format", format);
  if (refresh) q.set("refresh", "1");
  return `${base(slug, kind)}?${q}`;
}

/** Fetches a tab's page; after Refresh (tab-refresh.ts) the first fetch asks SE Ranking again. */
async function fetchTab<T>(slug: string, kind: TabKind, view: TabView, signal: AbortSignal) {
  const refresh = takeTabRefresh(slug, kind, view.domain);
  try {
    return await fetchJson<T>(tabUrl(slug, kind, view, undefined, refresh), { signal });
  } catch (error) {
    if (refresh) keepTabRefresh(slug, kind, view.domain);
    throw error;
  }
}

export const refdomainsQuery = (slug: string, view: TabView<RefdomainSort>) =>
  queryOptions({
    queryKey: ["tenant", slug, "backlinks", "refdomains", view],
    queryFn: ({ signal }) => fetchTab<RefdomainsTabReply>(slug, "refdomains", view, signal),
    retry: false,
    staleTime: 5 * 60_000,
  });

export const anchorsQuery = (slug: string, view: TabView<AnchorSort>) =>
  queryOptions({
    queryKey: ["tenant", slug, "backlinks", "anchors", view],
    queryFn: ({ signal }) => fetchTab<AnchorsTabReply>(slug, "anchors", view, signal),
    retry: false,
    staleTime: 5 * 60_000,
  });
