// GET /api/tenants/:tenant/keywords/projects/:projectId/export — the full history as CSV, one row per keyword per check.
import { withTenant } from "@/lib/api/with-tenant";
import { csvResponse, toCsv } from "@/lib/csv/to-csv";
import { fullHistory } from "@/lib/db/queries/keyword-checks";
import {
  dataMonth,
  type PositionsView,
  positionsView,
} from "@/lib/services/keywords/positions-view";
import { requireProject } from "@/lib/services/keywords/project-service";
import { tenantDialect } from "@/lib/services/seranking/tenant-client";
import { projectParamsSchema } from "@/lib/validations/keywords";

type Row = Awaited<ReturnType<typeof fullHistory>>[number];

function checkStatus(r: Row): string {
  if (r.status !== "ok") return "check failed";
  return r.position === null ? "not in top 100" : "ranked";
}

/** The position column says what the positions are; database ones carry their month. */
const columnsFor = (positions: PositionsView) => [
  { header: "Checked at (UTC)", value: (r: Row) => new Date(r.checkedAt).toISOString() },
  { header: "Keyword", value: (r: Row) => r.keyword },
  { header: "Tags", value: (r: Row) => r.tags.join(", ") },
  // The status says what the check found, so the position stays a number a spreadsheet can
  // sum: empty when not in the top 100 or when the check failed (a failure knows no position).
  { header: "Status", value: (r: Row) => checkStatus(r) },
  { header: positions.label, value: (r: Row) => (r.status === "ok" ? r.position : null) },
  ...(positions.kind === "database_monthly"
    ? [{ header: "Data of", value: (r: Row) => dataMonth(r.checkedAt) }]
    : []),
  { header: "Ranking URL", value: (r: Row) => r.url },
  { header: "Volume", value: (r: Row) => r.volume },
  { header: "Error", value: (r: Row) => r.error },
];

export const GET = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) => {
  const project = await requireProject(db, tenant.id, params.projectId);
  const rows = await fullHistory(db, tenant.id, params.projectId);
  const meaning = (await tenantDialect(db, tenant.id)).positionsMeaning;
  const columns = columnsFor(positionsView(project, meaning, null));
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(
    toCsv(rows, columns),
    `keywords-${project.domain}-${project.searchEngine}-${day}.csv`,
  );
});
