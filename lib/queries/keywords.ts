import { queryOptions } from "@tanstack/react-query";
import type { Json } from "@/lib/api/json-shape";
import type { KeywordProjectRow as ServerProjectRow } from "@/lib/db/queries/keyword-projects";
import type { addAndCheckKeywords } from "@/lib/services/keywords/added-check";
import type { HistoryPoint, projectRankings } from "@/lib/services/keywords/project-service";
import type { KeywordRankingView } from "@/lib/services/keywords/rankings";
import { fetchJson } from "./fetch-json";

// The rankings view is the server's own type (type-only import: nothing server-side is bundled).
export type { PositionChange } from "@/lib/services/keywords/rankings";
export type KeywordRow = KeywordRankingView;
export type { PositionsView } from "@/lib/services/keywords/positions-view";

export interface CheckRun {
  id: string;
  trigger: "manual" | "scheduled" | "added";
  status: "running" | "done" | "failed" | "cancelled";
  total: number;
  done: number;
  failed: number;
  error: string | null;
  checkedAt: string;
  finishedAt: string | null;
}

export type KeywordProjectRow = Json<ServerProjectRow>;
/** GET …/projects/:projectId: the project, its keywords with positions, the latest check. */
export type ProjectRankings = Json<Awaited<ReturnType<typeof projectRankings>>>;
export type { HistoryPoint } from "@/lib/services/keywords/project-service";
/** POST …/keywords: what was added, every rejected line with its reason, the added ones' check. */
export type AddKeywordsResult = Json<Awaited<ReturnType<typeof addAndCheckKeywords>>>;

const base = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}/keywords/projects`;
export const keywordUrls = {
  projects: base,
  project: (slug: string, id: string) => `${base(slug)}/${id}`,
  keywords: (slug: string, id: string) => `${base(slug)}/${id}/keywords`,
  keyword: (slug: string, id: string, keywordId: string) =>
    `${base(slug)}/${id}/keywords/${keywordId}`,
  checks: (slug: string, id: string) => `${base(slug)}/${id}/checks`,
  history: (slug: string, id: string) => `${base(slug)}/${id}/history`,
  export: (slug: string, id: string) => `${base(slug)}/${id}/export`,
};

export const projectsQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "keyword-projects"],
    queryFn: () =>
      fetchJson<{ projects: KeywordProjectRow[] }>(keywordUrls.projects(slug)).then(
        (r) => r.projects,
      ),
  });

export const rankingsQuery = (slug: string, projectId: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "keyword-projects", projectId, "rankings"],
    queryFn: () => fetchJson<ProjectRankings>(keywordUrls.project(slug, projectId)),
  });

/** The latest check; polled every second while it runs, so progress survives a reload. */
export const latestCheckQuery = (slug: string, projectId: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "keyword-projects", projectId, "latest-check"],
    queryFn: () =>
      fetchJson<{ run: CheckRun | null }>(keywordUrls.checks(slug, projectId)).then((r) => r.run),
    // Not polled: the running check's JobProgress polls, and re-reads this when it ends.
    staleTime: 0,
  });

export const historyQuery = (slug: string, projectId: string, keywordIds: string[], days: number) =>
  queryOptions({
    queryKey: ["tenant", slug, "keyword-projects", projectId, "history", keywordIds, days],
    queryFn: () =>
      fetchJson<{ points: HistoryPoint[] }>(
        `${keywordUrls.history(slug, projectId)}?keywordIds=${keywordIds.join(",")}&days=${days}`,
      ).then((r) => r.points),
    enabled: keywordIds.length > 0,
  });
