import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/db/queries/audit";
import { type Tenant, tenants } from "@/lib/db/schema";
import { replanTenantSchedules } from "@/lib/services/keywords/schedule/replan";
import type { UpdateWorkspace } from "@/lib/validations/workspace";

/** What any member may read of the workspace. */
export function workspaceView(tenant: Tenant) {
  return {
    slug: tenant.slug,
    name: tenant.name,
    timeZone: tenant.timeZone,
    createdAt: tenant.createdAt.toISOString(),
  };
}
export type WorkspaceView = ReturnType<typeof workspaceView>;

/** An admin changes the workspace's settings; audit-logged with the old and new values. */
export async function updateWorkspace(
  db: Db,
  tenant: Tenant,
  actorUserId: string,
  changes: UpdateWorkspace,
): Promise<WorkspaceView> {
  const [updated] = await db
    .update(tenants)
    .set({ timeZone: changes.timeZone })
    .where(eq(tenants.id, tenant.id))
    .returning();
  // Schedules run at a local time of day: their next checks move with the zone.
  if (changes.timeZone !== tenant.timeZone) await replanTenantSchedules(db, tenant.id);
  await writeAudit(db, tenant.id, {
    actorUserId,
    action: "workspace.updated",
    details: { timeZone: { from: tenant.timeZone, to: changes.timeZone } },
  });
  return workspaceView(updated!);
}
