// GET|POST /api/tenants/:tenant/monitoring — monitored domains with their latest snapshot; monitor a domain.
import { withTenant } from "@/lib/api/with-tenant";
import { addMonitor } from "@/lib/services/monitoring/monitor-service";
import { monitorList } from "@/lib/services/monitoring/monitor-view";
import { createMonitorSchema } from "@/lib/validations/monitoring";

export const GET = withTenant({ role: "marketer" }, async ({ db, tenant }) => ({
  monitors: await monitorList(db, tenant.id),
}));

// Answers 201 at once: the first snapshot runs as a job; the page follows it through GET.
export const POST = withTenant(
  { role: "marketer", body: createMonitorSchema },
  async ({ db, tenant, body }) => {
    const { monitor } = await addMonitor(db, tenant.id, body);
    return Response.json({ monitor: { id: monitor.id, domain: monitor.domain } }, { status: 201 });
  },
);
