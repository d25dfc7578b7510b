import { queryOptions } from "@tanstack/react-query";
import type { Json } from "@/lib/api/json-shape";
import type { ProspectListSummary as ProspectListRow } from "@/lib/db/queries/prospect-lists";
import type { readRules } from "@/lib/db/queries/prospect-rules";
import type { ListDetail as ServerListDetail } from "@/lib/services/prospects/list-detail";
import type { RunView } from "@/lib/services/prospects/metrics-run";
import { fetchJson } from "./fetch-json";

export type { BulkResult } from "@/lib/services/prospects/bulk";
// The server's own shapes as JSON (type-only imports: nothing server-side is bundled).
export type { ProspectView } from "@/lib/services/prospects/list-detail";
export type { AddDomainsResult } from "@/lib/services/prospects/lists";
export type ProspectListSummary = Json<ProspectListRow>;
export type ListDetail = Json<ServerListDetail>;

/** A run as the list page reads it: the server's own view type (metrics-run.ts). */
export type RunStatus = RunView;

const base = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}`;
export const listsUrl = (slug: string) => `${base(slug)}/prospect-lists`;
export const listUrl = (slug: string, listId: string) => `${listsUrl(slug)}/${listId}`;
export const bulkUrl = (slug: string, listId: string) => `${listUrl(slug, listId)}/bulk`;
export const rulesUrl = (slug: string) => `${base(slug)}/prospect-rules`;

export const prospectKeys = {
  lists: (slug: string) => ["tenant", slug, "prospect-lists"] as const,
  list: (slug: string, listId: string) => ["tenant", slug, "prospect-lists", listId] as const,
  run: (slug: string, listId: string) => ["tenant", slug, "prospect-lists", listId, "run"] as const,
  rules: (slug: string) => ["tenant", slug, "prospect-rules"] as const,
};

export const prospectListsQuery = (slug: string) =>
  queryOptions({
    queryKey: prospectKeys.lists(slug),
    queryFn: () => fetchJson<{ lists: ProspectListSummary[] }>(listsUrl(slug)).then((r) => r.lists),
  });

export const prospectListQuery = (slug: string, listId: string) =>
  queryOptions({
    queryKey: prospectKeys.list(slug, listId),
    queryFn: () => fetchJson<ListDetail>(listUrl(slug, listId)),
  });

/** The list's latest run (which one to follow); its progress is polled by JobProgress. */
export const runQuery = (slug: string, listId: string) =>
  queryOptions({
    queryKey: prospectKeys.run(slug, listId),
    queryFn: () =>
      fetchJson<{ run: RunStatus | null }>(`${listUrl(slug, listId)}/run`).then((r) => r.run),
    staleTime: 0,
  });

export const rulesQuery = (slug: string) =>
  queryOptions({
    queryKey: prospectKeys.rules(slug),
    queryFn: () =>
      fetchJson<Awaited<ReturnType<typeof readRules>>>(rulesUrl(slug)).then((r) => r.rules),
  });
