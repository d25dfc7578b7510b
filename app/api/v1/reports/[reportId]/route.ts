// GET /api/v1/reports/:reportId — one client report's settings.
import { getReport } from "@/lib/public-api/operations/reports";
import { publicRoute } from "@/lib/public-api/public-route";
import { reportView, requireReport } from "@/lib/services/reports/report-service";

export const GET = publicRoute(getReport, async ({ db, tenant, params }) => ({
  report: reportView(await requireReport(db, tenant.id, params.reportId)),
}));
