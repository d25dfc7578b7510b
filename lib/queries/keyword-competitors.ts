import { queryOptions } from "@tanstack/react-query";
import type { Json } from "@/lib/api/json-shape";
import type { chartEvents } from "@/lib/services/keywords/competitors/chart-events";
import type { competitorKeywordHistory } from "@/lib/services/keywords/competitors/competitor-history";
import type {
  addCompetitor,
  competitorsOverview,
} from "@/lib/services/keywords/competitors/competitor-service";
import { fetchJson } from "./fetch-json";
import { keywordUrls } from "./keywords";

// The server's own view types (type-only imports: nothing server-side is bundled).
export type { ChartEvent, ChartEventKind } from "@/lib/services/keywords/competitors/chart-events";
export type {
  CompetitorCell,
  CompetitorView,
} from "@/lib/services/keywords/competitors/competitor-service";
export type CompetitorsOverview = Json<Awaited<ReturnType<typeof competitorsOverview>>>;
export type AddCompetitorResult = Json<Awaited<ReturnType<typeof addCompetitor>>>;
export type CompetitorHistory = Json<Awaited<ReturnType<typeof competitorKeywordHistory>>>;
export type ChartEvents = Json<Awaited<ReturnType<typeof chartEvents>>>;

export const competitorUrls = {
  list: (slug: string, projectId: string) => `${keywordUrls.project(slug, projectId)}/competitors`,
  one: (slug: string, projectId: string, id: string) =>
    `${keywordUrls.project(slug, projectId)}/competitors/${id}`,
  history: (slug: string, projectId: string, keywordId: string, days: number) =>
    `${keywordUrls.project(slug, projectId)}/competitors/history?keywordId=${keywordId}&days=${days}`,
  events: (slug: string, projectId: string, days: number) =>
    `${keywordUrls.project(slug, projectId)}/events?days=${days}`,
};

export const competitorsQuery = (slug: string, projectId: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "keyword-projects", projectId, "competitors"],
    queryFn: () => fetchJson<CompetitorsOverview>(competitorUrls.list(slug, projectId)),
  });

export const competitorHistoryQuery = (
  slug: string,
  projectId: string,
  keywordId: string | undefined,
  days: number,
) =>
  queryOptions({
    queryKey: [
      "tenant",
      slug,
      "keyword-projects",
      projectId,
      "competitor-history",
      keywordId,
      days,
    ],
    queryFn: () =>
      fetchJson<CompetitorHistory>(competitorUrls.history(slug, projectId, keywordId!, days)),
    enabled: Boolean(keywordId),
  });

export const chartEventsQuery = (slug: string, projectId: string, days: number) =>
  queryOptions({
    queryKey: ["tenant", slug, "keyword-projects", projectId, "events", days],
    queryFn: () =>
      fetchJson<ChartEvents>(competitorUrls.events(slug, projectId, days)).then((r) => r.events),
  });
