import { competitorsQuery } from "@/lib/queries/keyword-competitors";
import { glanceQuery } from "@/lib/queries/keyword-glance";
import { scheduleQuery } from "@/lib/queries/keyword-schedule";

/**
 * What the project panel reads, besides its rankings, before it draws. Each is a quick database
 * read, and each card would otherwise open on a "Loading…" line and grow when its data came,
 * pushing everything under it down (Lighthouse measured a 0.18 layout shift from the schedule and
 * competitor cards). The page asks for them beside the rankings, while the panel's code loads.
 */
export const panelQueries = (slug: string, projectId: string) =>
  [
    scheduleQuery(slug, projectId),
    competitorsQuery(slug, projectId),
    glanceQuery(slug, projectId),
  ] as const;
