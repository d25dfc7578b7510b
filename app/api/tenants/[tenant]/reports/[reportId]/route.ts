// GET|PUT|DELETE /api/tenants/:tenant/reports/:reportId — one report; replace its settings; delete it (and its links).
import { withTenant } from "@/lib/api/with-tenant";
import {
  deleteReport,
  reportView,
  requireReport,
  updateReport,
} from "@/lib/services/reports/report-service";
import { reportParamsSchema, reportSchema } from "@/lib/validations/reports";

export const GET = withTenant(
  { role: "marketer", params: reportParamsSchema },
  async ({ db, tenant, params }) => ({
    report: reportView(await requireReport(db, tenant.id, params.reportId)),
  }),
);

export const PUT = withTenant(
  { role: "marketer", params: reportParamsSchema, body: reportSchema },
  async ({ db, tenant, params, body }) => ({
    report: await updateReport(db, tenant.id, params.reportId, body),
  }),
);

export const DELETE = withTenant(
  { role: "marketer", params: reportParamsSchema },
  async ({ db, tenant, params }) => {
    await deleteReport(db, tenant.id, params.reportId);
    return null;
  },
);
