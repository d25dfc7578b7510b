import "server-only";
// A tracked project's schedule is SE Ranking's own check_freq / check_day (Project API §3):
// written there before it is stored here, and read back so a change made in SE Ranking shows.
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import type { KeywordProject } from "@/lib/db/schema";
import type { ScheduleFrequency } from "@/lib/keywords/schedule/next-due";
import type { CheckFreq, SiteSchedule } from "@/lib/seranking/project-api";
import { projectClientForTenant } from "@/lib/services/seranking/tenant-client";
import { trackerErrorText } from "./tracker-errors";

type ScheduleFields = Pick<KeywordProject, "scheduleEnabled" | "scheduleFrequency" | "scheduleDay">;

const TO_FREQ: Record<ScheduleFrequency, CheckFreq> = {
  daily: "check_daily",
  every_3_days: "check_1in3",
  weekly: "check_weekly",
  monthly: "check_monthly",
};

export function toSiteSchedule(s: ScheduleFields): SiteSchedule {
  if (!s.scheduleEnabled) return { checkFreq: "manual", checkDay: null };
  const dated = s.scheduleFrequency === "weekly" || s.scheduleFrequency === "monthly";
  return { checkFreq: TO_FREQ[s.scheduleFrequency], checkDay: dated ? s.scheduleDay : null };
}

/** SE Ranking's schedule in our fields; "manual" turns ours off and keeps the frequency for later. */
export function fromSiteSchedule(site: SiteSchedule, ours: ScheduleFields): ScheduleFields {
  if (site.checkFreq === "manual") return { ...ours, scheduleEnabled: false };
  const entry = Object.entries(TO_FREQ).find(([, f]) => f === site.checkFreq)!;
  const frequency = entry[0] as ScheduleFrequency;
  const dated = frequency === "weekly" || frequency === "monthly";
  // A weekly or monthly site without a day (the reference gives no default) counts from the 1st/Monday.
  return {
    scheduleEnabled: true,
    scheduleFrequency: frequency,
    scheduleDay: dated ? (site.checkDay ?? 1) : null,
  };
}

export const sameSchedule = (a: SiteSchedule, b: SiteSchedule) =>
  a.checkFreq === b.checkFreq && (a.checkDay ?? null) === (b.checkDay ?? null);

const tracked = (p: KeywordProject): p is KeywordProject & { seSiteId: number } =>
  p.seSiteId !== null;

/**
 * Writes the schedule to the project's site in SE Ranking. A failure refuses the change: the
 * caller stores nothing, so the two never disagree because of us.
 */
export async function pushSiteSchedule(
  db: Db,
  tenantId: string,
  project: KeywordProject,
  next: ScheduleFields,
): Promise<void> {
  if (!tracked(project)) return;
  try {
    const client = await projectClientForTenant(db, tenantId);
    await client.updateSiteSchedule(project.seSiteId, toSiteSchedule(next));
  } catch (error) {
    throw new ApiError(
      "upstream_unavailable",
      `The schedule was not changed: ${trackerErrorText(error)}. Try again.`,
    );
  }
}

/** The site's schedule as SE Ranking has it now; an error text instead when it cannot be read. */
export async function readSiteSchedule(
  db: Db,
  tenantId: string,
  project: KeywordProject,
): Promise<{ schedule: SiteSchedule | null; error: string | null }> {
  if (!tracked(project)) return { schedule: null, error: null };
  try {
    const client = await projectClientForTenant(db, tenantId);
    const site = (await client.listSites()).find((s) => s.id === project.seSiteId);
    return { schedule: site?.schedule ?? null, error: null };
  } catch (error) {
    return { schedule: null, error: trackerErrorText(error) };
  }
}
