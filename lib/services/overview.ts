import "server-only";
import type { Db } from "@/lib/db/client";
import { listBacklinkSearches } from "@/lib/db/queries/backlink-searches";
import { latestRun } from "@/lib/db/queries/keyword-checks";
import { listProjects } from "@/lib/db/queries/keyword-projects";
import { listProspectLists } from "@/lib/db/queries/prospect-lists";
import { overviewFigures } from "@/lib/services/overview-figures";
import { integrationStatus } from "@/lib/services/seranking/integration-service";

/** How many items each overview card lists; the feature pages hold the rest. */
export const OVERVIEW_ITEMS = 5;

/**
 * What a member sees first: whether SE Ranking is connected and the workspace's latest work
 * (searches, prospect lists, tracked domains), each a link back into its page. Reads only the
 * database: opening the overview never spends SE Ranking credits.
 */
export async function workspaceOverview(db: Db, tenantId: string) {
  const [integration, searches, lists, projects] = await Promise.all([
    integrationStatus(db, tenantId),
    listBacklinkSearches(db, tenantId, OVERVIEW_ITEMS),
    listProspectLists(db, tenantId),
    listProjects(db, tenantId),
  ]);
  const shownProjects = projects.slice(0, OVERVIEW_ITEMS);
  const [runs, figures] = await Promise.all([
    Promise.all(shownProjects.map((p) => latestRun(db, tenantId, p.project.id))),
    overviewFigures(
      db,
      tenantId,
      searches.map((s) => s.domain),
    ),
  ]);
  return {
    integration,
    figures,
    searches,
    lists: { total: lists.length, items: lists.slice(0, OVERVIEW_ITEMS) },
    projects: {
      total: projects.length,
      items: shownProjects.map(({ project, keywordCount }, i) => ({
        id: project.id,
        domain: project.domain,
        searchEngine: project.searchEngine,
        location: project.location,
        keywordCount,
        lastRun: runs[i]
          ? { status: runs[i].status, checkedAt: runs[i].checkedAt, failed: runs[i].failed }
          : null,
      })),
    },
  };
}
export type WorkspaceOverview = Awaited<ReturnType<typeof workspaceOverview>>;
