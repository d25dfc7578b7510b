// GET /api/v1/keyword-projects/:projectId/keywords/:keywordId/history?days= — every check of one keyword.
import { historyFor } from "@/lib/db/queries/keyword-checks";
import { keywordHistory } from "@/lib/public-api/operations/keywords";
import { publicRoute } from "@/lib/public-api/public-route";
import { requireProject } from "@/lib/services/keywords/project-service";

export const GET = publicRoute(keywordHistory, async ({ db, tenant, params, query }) => {
  await requireProject(db, tenant.id, params.projectId);
  const since = new Date(Date.now() - query.days * 86_400_000);
  const rows = await historyFor(db, tenant.id, params.projectId, [params.keywordId], since);
  return {
    points: rows.map((r) => ({
      checkedAt: new Date(r.checkedAt).toISOString(),
      status: r.status === "ok" ? ("ok" as const) : ("failed" as const),
      position: r.status === "ok" ? r.position : null,
    })),
  };
});
