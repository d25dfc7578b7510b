import { queryOptions } from "@tanstack/react-query";
import type { QualificationRules, Verdict } from "@/lib/prospects/qualify";
import type { MetricLabels } from "@/lib/seranking/types";
import type { RunEstimates, RunView } from "@/lib/services/prospects/metrics-run";
import { fetchJson } from "./fetch-json";

export interface ProspectListSummary {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  domains: number;
  fetched: number;
}

export interface ProspectRow {
  domain: string;
  /** Only the connected API's pair is filled: TF/CF, or DT/PT (domainInlinkRank/inlinkRank). */
  trustFlow: number | null;
  citationFlow: number | null;
  domainInlinkRank: number | null;
  inlinkRank: number | null;
  ratio: number | null;
  referringDomains: number | null;
  totalBacklinks: number | null;
  verdict: Verdict | null;
  reason: string;
  fetchedAt: string | null;
  error: { kind: string; message: string } | null;
}

export interface ListDetail {
  list: { id: string; name: string; createdAt: string; updatedAt: string };
  rules: QualificationRules;
  metricLabels: MetricLabels;
  runEstimates: RunEstimates;
  prospects: ProspectRow[];
}

/** A run as the list page reads it: the server's own view type (metrics-run.ts). */
export type RunStatus = RunView;

export interface AddDomainsResult {
  added: number;
  duplicates: number;
  rejected: { input: string; reason: string }[];
  rejectedCount: number;
  total: number;
}

const base = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}`;
export const listsUrl = (slug: string) => `${base(slug)}/prospect-lists`;
export const listUrl = (slug: string, listId: string) => `${listsUrl(slug)}/${listId}`;
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
      fetchJson<{ rules: QualificationRules; isDefault: boolean }>(rulesUrl(slug)).then(
        (r) => r.rules,
      ),
  });
