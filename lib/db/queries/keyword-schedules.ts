// Reads and writes of keyword projects' check schedules (see lib/keywords/schedule/next-due.ts).
import { and, desc, eq } from "drizzle-orm";
import type { ProjectSchedule } from "@/lib/keywords/schedule/next-due";
import type { Db } from "../client";
import { type KeywordProject, keywordCheckRuns, keywordProjects, tenants } from "../schema";

/** The schedule fields of a project row, as next-due reads them. */
export const scheduleOf = (
  p: Pick<KeywordProject, "scheduleFrequency" | "scheduleDay" | "scheduleTime">,
): ProjectSchedule => ({
  frequency: p.scheduleFrequency,
  day: p.scheduleDay,
  time: p.scheduleTime,
});

export async function tenantTimeZone(db: Db, tenantId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .limit(1);
  return row?.timeZone ?? "UTC";
}

/** When the project's latest scheduled check ran (its slot's day has had its check). */
export async function lastScheduledCheckAt(db: Db, tenantId: string, projectId: string) {
  const [row] = await db
    .select({ checkedAt: keywordCheckRuns.checkedAt })
    .from(keywordCheckRuns)
    .where(
      and(
        eq(keywordCheckRuns.tenantId, tenantId),
        eq(keywordCheckRuns.projectId, projectId),
        eq(keywordCheckRuns.trigger, "scheduled"),
      ),
    )
    .orderBy(desc(keywordCheckRuns.checkedAt))
    .limit(1);
  return row?.checkedAt ?? null;
}

export type ScheduleValues = Pick<
  typeof keywordProjects.$inferInsert,
  "scheduleEnabled" | "scheduleFrequency" | "scheduleDay" | "scheduleTime" | "nextCheckAt"
>;

export async function updateSchedule(
  db: Db,
  tenantId: string,
  projectId: string,
  values: Partial<ScheduleValues>,
) {
  const [row] = await db
    .update(keywordProjects)
    .set(values)
    .where(and(eq(keywordProjects.tenantId, tenantId), eq(keywordProjects.id, projectId)))
    .returning();
  return row;
}

export function tenantProjects(db: Db, tenantId: string) {
  return db.select().from(keywordProjects).where(eq(keywordProjects.tenantId, tenantId));
}
