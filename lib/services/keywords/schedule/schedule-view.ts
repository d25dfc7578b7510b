// A project's schedule as the editor and its route show it; the browser imports this type.
import type { KeywordProject } from "@/lib/db/schema";
import type { FrequencyChoice } from "@/lib/validations/keyword-schedule";

export interface ScheduleView {
  frequency: FrequencyChoice;
  /** 1–7 (Mon=1) when weekly, 1–31 when monthly, else null. */
  day: number | null;
  /** "HH:MM" in the workspace's time zone. */
  time: string;
  timeZone: string;
  /** The next scheduled check (ISO), or null when checks are manual. */
  nextCheckAt: string | null;
  /** Whether SE Ranking's rank tracker holds this schedule (its check_freq) too. */
  tracker: boolean;
  /** Why SE Ranking's copy could not be read just now (ours is shown meanwhile). */
  trackerError: string | null;
}

export function scheduleView(
  p: KeywordProject,
  timeZone: string,
  trackerError: string | null,
): ScheduleView {
  const dated = p.scheduleFrequency === "weekly" || p.scheduleFrequency === "monthly";
  return {
    frequency: p.scheduleEnabled ? p.scheduleFrequency : "manual",
    day: p.scheduleEnabled && dated ? p.scheduleDay : null,
    time: p.scheduleTime,
    timeZone,
    nextCheckAt: p.scheduleEnabled ? new Date(p.nextCheckAt).toISOString() : null,
    tracker: p.seSiteId !== null,
    trackerError,
  };
}
