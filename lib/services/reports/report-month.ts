// When monthly report emails go out: the 1st of each month at 08:00 in the workspace's own time
// zone (a working morning for the agency), worked out by the same DST-aware calendar arithmetic
// as keyword schedules.
import { nextDueAt } from "@/lib/keywords/schedule/next-due";

const MONTHLY_SLOT = { frequency: "monthly", day: 1, time: "08:00" } as const;

/** The next monthly slot strictly after `now`. */
export function nextMonthlySlot(now: Date, timeZone: string): Date {
  return nextDueAt(MONTHLY_SLOT, timeZone, now);
}
