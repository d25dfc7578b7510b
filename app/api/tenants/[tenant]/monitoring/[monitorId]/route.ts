// GET|PATCH|DELETE /api/tenants/:tenant/monitoring/:monitorId — snapshots, changes and lost links; schedule; stop monitoring.
import { withTenant } from "@/lib/api/with-tenant";
import {
  removeMonitor,
  requireMonitor,
  updateSchedule,
} from "@/lib/services/monitoring/monitor-service";
import { monitorDetail } from "@/lib/services/monitoring/monitor-view";
import {
  monitorParamsSchema,
  monitorQuerySchema,
  updateMonitorSchema,
} from "@/lib/validations/monitoring";

export const GET = withTenant(
  { role: "marketer", params: monitorParamsSchema, query: monitorQuerySchema },
  async ({ db, tenant, params, query }) => {
    const monitor = await requireMonitor(db, tenant.id, params.monitorId);
    return monitorDetail(db, tenant.id, monitor, query.snapshot);
  },
);

export const PATCH = withTenant(
  { role: "marketer", params: monitorParamsSchema, body: updateMonitorSchema },
  async ({ db, tenant, params, body }) => {
    const monitor = await requireMonitor(db, tenant.id, params.monitorId);
    const updated = await updateSchedule(db, tenant.id, monitor, body);
    return {
      monitor: {
        id: updated!.id,
        intervalDays: updated!.intervalDays,
        scheduleEnabled: updated!.scheduleEnabled,
        nextSnapshotAt: updated!.nextSnapshotAt.toISOString(),
      },
    };
  },
);

// Its snapshots and lost-link notes go with it.
export const DELETE = withTenant(
  { role: "marketer", params: monitorParamsSchema },
  async ({ db, tenant, params }) => {
    await removeMonitor(db, tenant.id, params.monitorId);
    return null;
  },
);
