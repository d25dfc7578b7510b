import "server-only";
import type { Db } from "@/lib/db/client";
import { scheduleOf, tenantTimeZone } from "@/lib/db/queries/keyword-schedules";
import { localParts, nextDueAt } from "@/lib/keywords/schedule/next-due";

const pad = (n: number) => String(n).padStart(2, "0");

/** A new project: checked daily at the time of day it was created, first a day later. */
export async function initialSchedule(db: Db, tenantId: string, now: Date) {
  const timeZone = await tenantTimeZone(db, tenantId);
  const local = localParts(now, timeZone);
  const fields = {
    scheduleFrequency: "daily" as const,
    scheduleDay: null,
    scheduleTime: `${pad(local.hour)}:${pad(local.minute)}`,
  };
  return { ...fields, nextCheckAt: nextDueAt(scheduleOf(fields), timeZone, now) };
}
