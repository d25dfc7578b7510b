import { queryOptions } from "@tanstack/react-query";
import type { GlanceView } from "@/lib/services/keywords/glance/glance-view";
import { fetchJson } from "./fetch-json";
import { keywordUrls, rankingsQuery } from "./keywords";

// The server's own type (type-only import: nothing server-side is bundled).
export type {
  ChangeCounts,
  GlanceFigures,
  GlancePoint,
  GlanceView,
  TagGlance,
} from "@/lib/services/keywords/glance/glance-view";

/**
 * Keyed under the rankings: whatever refreshes the table (a check ending, tags edited, a keyword
 * removed) invalidates that key's prefix, so the figures follow without any more wiring.
 */
export const glanceQuery = (slug: string, projectId: string) =>
  queryOptions({
    queryKey: [...rankingsQuery(slug, projectId).queryKey, "glance"],
    queryFn: () => fetchJson<GlanceView>(`${keywordUrls.project(slug, projectId)}/glance`),
  });
