// POST /api/tenants/:tenant/monitoring/:monitorId/snapshots — "Refresh now": a snapshot beside the schedule.
import { withTenant } from "@/lib/api/with-tenant";
import { refreshNow, requireMonitor } from "@/lib/services/monitoring/monitor-service";
import { monitorParamsSchema } from "@/lib/validations/monitoring";

// Answers 202 at once: the snapshot runs as a job (or the one already running is answered).
export const POST = withTenant(
  { role: "marketer", params: monitorParamsSchema },
  async ({ db, tenant, params }) => {
    const monitor = await requireMonitor(db, tenant.id, params.monitorId);
    const { snapshot, started } = await refreshNow(db, tenant.id, monitor);
    return Response.json(
      { snapshot: { id: snapshot.id, status: snapshot.status }, started },
      { status: 202 },
    );
  },
);
