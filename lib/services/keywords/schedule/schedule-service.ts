import "server-only";
// A keyword project's check schedule: read (in step with SE Ranking's rank tracker when it
// tracks the project), changed, and re-planned when the workspace's time zone changes.
import type { Db } from "@/lib/db/client";
import {
  lastScheduledCheckAt,
  scheduleOf,
  tenantTimeZone,
  updateSchedule,
} from "@/lib/db/queries/keyword-schedules";
import type { KeywordProject } from "@/lib/db/schema";
import { nextDueAt } from "@/lib/keywords/schedule/next-due";
import type { UpdateScheduleInput } from "@/lib/validations/keyword-schedule";
import { requireProject } from "../project-service";
import {
  fromSiteSchedule,
  pushSiteSchedule,
  readSiteSchedule,
  sameSchedule,
  toSiteSchedule,
} from "../tracker/tracker-schedule";
import { type ScheduleView, scheduleView } from "./schedule-view";

type Fields = Pick<
  KeywordProject,
  "scheduleEnabled" | "scheduleFrequency" | "scheduleDay" | "scheduleTime"
>;

/** Stores schedule fields and the next due instant they give from now. */
async function store(db: Db, project: KeywordProject, fields: Fields, now: Date) {
  const timeZone = await tenantTimeZone(db, project.tenantId);
  const lastScheduled = await lastScheduledCheckAt(db, project.tenantId, project.id);
  // Off keeps the stored instant: the scheduler skips disabled projects, and turning the
  // schedule on again plans afresh.
  const nextCheckAt = fields.scheduleEnabled
    ? nextDueAt(scheduleOf(fields), timeZone, now, { lastScheduled })
    : project.nextCheckAt;
  const updated = await updateSchedule(db, project.tenantId, project.id, {
    ...fields,
    nextCheckAt,
  });
  return { project: updated ?? project, timeZone };
}

/**
 * The schedule as the editor shows it. A project SE Ranking tracks reads its site first: a
 * frequency changed in SE Ranking is taken over here (the time of day is ours alone).
 */
export async function getProjectSchedule(
  db: Db,
  tenantId: string,
  projectId: string,
  now: Date = new Date(),
): Promise<ScheduleView> {
  let project = await requireProject(db, tenantId, projectId);
  const site = await readSiteSchedule(db, tenantId, project);
  if (site.schedule && !sameSchedule(site.schedule, toSiteSchedule(project))) {
    const fields = {
      ...fromSiteSchedule(site.schedule, project),
      scheduleTime: project.scheduleTime,
    };
    project = (await store(db, project, fields, now)).project;
  }
  return scheduleView(project, await tenantTimeZone(db, tenantId), site.error);
}

/** Changes the schedule: SE Ranking's site first (a failure changes nothing), then ours. */
export async function setProjectSchedule(
  db: Db,
  tenantId: string,
  projectId: string,
  input: UpdateScheduleInput,
  now: Date = new Date(),
): Promise<ScheduleView> {
  const project = await requireProject(db, tenantId, projectId);
  const manual = input.frequency === "manual";
  const frequency = input.frequency === "manual" ? project.scheduleFrequency : input.frequency;
  const fields: Fields = {
    scheduleEnabled: !manual,
    scheduleFrequency: frequency,
    scheduleDay: frequency === "weekly" || frequency === "monthly" ? (input.day ?? 1) : null,
    scheduleTime: input.time ?? project.scheduleTime,
  };
  if (manual) fields.scheduleDay = project.scheduleDay;
  await pushSiteSchedule(db, tenantId, project, fields);
  const saved = await store(db, project, fields, now);
  return scheduleView(saved.project, saved.timeZone, null);
}

/** "Check on schedule" on/off (the project's older PATCH): the same path as the editor. */
export async function setScheduleEnabled(
  db: Db,
  tenantId: string,
  projectId: string,
  enabled: boolean,
  now: Date = new Date(),
): Promise<KeywordProject> {
  const project = await requireProject(db, tenantId, projectId);
  const fields: Fields = { ...project, scheduleEnabled: enabled };
  await pushSiteSchedule(db, tenantId, project, fields);
  return (await store(db, project, fields, now)).project;
}
