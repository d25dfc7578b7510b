import { queryOptions } from "@tanstack/react-query";
import type { GapFilters } from "@/lib/backlinks/gap/gap-rows";
import type { GapToProspectsResult } from "@/lib/services/backlinks/gap/gap-prospects";
import type { GapEstimate, GapResultView, GapView } from "@/lib/services/backlinks/gap/gap-view";
import { fetchJson } from "./fetch-json";

// The server's own shapes (type-only imports: nothing server-side is bundled).
export type { GapRow } from "@/lib/backlinks/gap/gap-rows";
export type { GapEstimate, GapResultView, GapToProspectsResult, GapView };

const base = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}/backlink-gaps`;
export const gapsUrl = base;
export const gapUrl = (slug: string, gapId: string) => `${base(slug)}/${gapId}`;

export const gapKeys = {
  all: (slug: string) => ["tenant", slug, "backlink-gaps"] as const,
  result: (slug: string, gapId: string, filters: GapFilters) =>
    ["tenant", slug, "backlink-gaps", gapId, filters] as const,
  estimate: (slug: string, domain: string, competitors: string[]) =>
    ["tenant", slug, "backlink-gaps", "estimate", domain, competitors] as const,
};

export const recentGapsQuery = (slug: string) =>
  queryOptions({
    queryKey: gapKeys.all(slug),
    queryFn: () => fetchJson<{ gaps: GapView[] }>(base(slug)).then((r) => r.gaps),
  });

/** The filters as the route's query string (the same names as the schema's). */
export function filtersQuery(filters: GapFilters): string {
  const q = new URLSearchParams({
    minCompetitors: String(filters.minCompetitors),
    minAuthority: String(filters.minAuthority),
    dofollowOnly: filters.dofollowOnly ? "1" : "0",
    excludeTlds: filters.excludeTlds.join(","),
    excludeDomains: filters.excludeDomains.join(","),
  });
  return q.toString();
}

export const gapResultQuery = (slug: string, gapId: string, filters: GapFilters) =>
  queryOptions({
    queryKey: gapKeys.result(slug, gapId, filters),
    queryFn: () => fetchJson<GapResultView>(`${gapUrl(slug, gapId)}?${filtersQuery(filters)}`),
    placeholderData: (previous) => previous,
  });

export const gapEstimateQuery = (slug: string, domain: string, competitors: string[]) =>
  queryOptions({
    queryKey: gapKeys.estimate(slug, domain, competitors),
    queryFn: () =>
      fetchJson<{ estimate: GapEstimate }>(`${base(slug)}/estimate`, {
        method: "POST",
        json: { domain, competitors },
      }).then((r) => r.estimate),
    staleTime: 0,
  });
