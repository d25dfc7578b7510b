// GET /api/tenants/:tenant/keywords/projects/:projectId/export — the full history as CSV, one row
// per keyword per check, streamed page by page (lib/services/keywords/history-io/export-csv.ts).
import { withTenant } from "@/lib/api/with-tenant";
import { historyCsvStream } from "@/lib/services/keywords/history-io/export-csv";
import { positionsView } from "@/lib/services/keywords/positions-view";
import { requireProject } from "@/lib/services/keywords/project-service";
import { tenantDialect } from "@/lib/services/seranking/tenant-client";
import { projectParamsSchema } from "@/lib/validations/keywords";

export const GET = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) => {
  const project = await requireProject(db, tenant.id, params.projectId);
  const meaning = (await tenantDialect(db, tenant.id)).positionsMeaning;
  // The position column says what the positions are (tracked daily, or the monthly database).
  const positions = positionsView(project, meaning, null);
  const day = new Date().toISOString().slice(0, 10);
  const name = `keywords-${project.domain}-${project.searchEngine}-${day}.csv`.replace(
    /[^\w.-]+/g,
    "_",
  );
  return new Response(historyCsvStream(db, tenant.id, project, positions), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
});
