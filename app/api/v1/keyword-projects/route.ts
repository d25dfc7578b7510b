// GET|POST /api/v1/keyword-projects — the workspace's keyword projects (cursor pages); track a new domain.
import { listProjectRows } from "@/lib/db/queries/keyword-projects";
import { createProject, listProjects } from "@/lib/public-api/operations/keywords";
import { publicRoute } from "@/lib/public-api/public-route";
import { decodeCursor, pageOf } from "@/lib/public-api/schemas";
import { projectView } from "@/lib/public-api/views/keywords";
import { createProject as create } from "@/lib/services/keywords/project-service";

export const GET = publicRoute(listProjects, async ({ db, tenant, query }) => {
  const rows = await listProjectRows(db, tenant.id);
  const page = pageOf(rows, decodeCursor(query.cursor), query.limit);
  return {
    data: page.data.map((p) => ({ ...projectView(p), keywordCount: p.keywordCount })),
    nextCursor: page.nextCursor,
  };
});

export const POST = publicRoute(createProject, async ({ db, tenant, body }) => ({
  project: projectView(await create(db, tenant.id, body)),
}));
