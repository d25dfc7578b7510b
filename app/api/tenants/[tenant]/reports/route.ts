// GET|POST /api/tenants/:tenant/reports — the workspace's client reports; create one.
import { withTenant } from "@/lib/api/with-tenant";
import { createReport, listReports } from "@/lib/services/reports/report-service";
import { reportSchema } from "@/lib/validations/reports";

export const GET = withTenant({ role: "marketer" }, async ({ db, tenant }) => ({
  reports: await listReports(db, tenant.id),
}));

export const POST = withTenant(
  { role: "marketer", body: reportSchema },
  async ({ db, tenant, body }) =>
    Response.json({ report: await createReport(db, tenant.id, body) }, { status: 201 }),
);
