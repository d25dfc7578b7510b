import "server-only";
import type { Db } from "@/lib/db/client";
import {
  lastScheduledCheckAt,
  scheduleOf,
  tenantProjects,
  tenantTimeZone,
  updateSchedule,
} from "@/lib/db/queries/keyword-schedules";
import { nextDueAt } from "@/lib/keywords/schedule/next-due";

/** After the workspace's time zone changed: every schedule's next check at its local time there. */
export async function replanTenantSchedules(db: Db, tenantId: string, now: Date = new Date()) {
  const timeZone = await tenantTimeZone(db, tenantId);
  for (const project of await tenantProjects(db, tenantId)) {
    if (!project.scheduleEnabled) continue;
    const lastScheduled = await lastScheduledCheckAt(db, tenantId, project.id);
    const nextCheckAt = nextDueAt(scheduleOf(project), timeZone, now, {
      anchor: project.nextCheckAt,
      lastScheduled,
    });
    await updateSchedule(db, tenantId, project.id, { nextCheckAt });
  }
}
