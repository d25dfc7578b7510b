// GET /api/v1/keyword-projects/:projectId/rankings — each keyword's latest position (cursor pages).

import { listRankings } from "@/lib/public-api/operations/keywords";
import { publicRoute } from "@/lib/public-api/public-route";
import { decodeCursor, pageOf } from "@/lib/public-api/schemas";
import { rankingView } from "@/lib/public-api/views/keywords";
import { projectRankings } from "@/lib/services/keywords/project-service";

export const GET = publicRoute(listRankings, async ({ db, tenant, params, query }) => {
  const { keywords } = await projectRankings(db, tenant.id, params.projectId);
  const page = pageOf(keywords, decodeCursor(query.cursor), query.limit);
  return { data: page.data.map(rankingView), nextCursor: page.nextCursor };
});
