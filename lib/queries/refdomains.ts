import { queryOptions } from "@tanstack/react-query";
import type { AnchorsTabReply, RefdomainsTabReply } from "@/lib/services/backlinks/refdomains-view";
import type { AnchorSort, RefdomainSort, SortDir } from "@/lib/validations/refdomains";
import { fetchJson } from "./fetch-json";

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

export function tabUrl(slug: string, kind: TabKind, view: TabView, format?: "csv") {
  const q = new URLSearchParams({
    domain: view.domain,
    sort: view.sort,
    dir: view.dir,
    page: String(view.page),
  });
  if (view.q) q.set("q", view.q);
  if (format) q.set("format", format);
  return `${base(slug, kind)}?${q}`;
}

export const refdomainsQuery = (slug: string, view: TabView<RefdomainSort>) =>
  queryOptions({
    queryKey: ["tenant", slug, "backlinks", "refdomains", view],
    queryFn: ({ signal }) =>
      fetchJson<RefdomainsTabReply>(tabUrl(slug, "refdomains", view), { signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });

export const anchorsQuery = (slug: string, view: TabView<AnchorSort>) =>
  queryOptions({
    queryKey: ["tenant", slug, "backlinks", "anchors", view],
    queryFn: ({ signal }) => fetchJson<AnchorsTabReply>(tabUrl(slug, "anchors", view), { signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });
