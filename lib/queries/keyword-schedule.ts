import { queryOptions } from "@tanstack/react-query";
import type { ScheduleView } from "@/lib/services/keywords/schedule/schedule-view";
import type { UpdateScheduleInput } from "@/lib/validations/keyword-schedule";
import { fetchJson } from "./fetch-json";
import { keywordUrls } from "./keywords";

export type { ScheduleView } from "@/lib/services/keywords/schedule/schedule-view";

const scheduleUrl = (slug: string, projectId: string) =>
  `${keywordUrls.project(slug, projectId)}/schedule`;

/** A project's schedule; reading it also takes over a change made in SE Ranking's tracker. */
export const scheduleQuery = (slug: string, projectId: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "keyword-projects", projectId, "schedule"],
    queryFn: () =>
      fetchJson<{ schedule: ScheduleView }>(scheduleUrl(slug, projectId)).then((r) => r.schedule),
  });

export const saveSchedule = (slug: string, projectId: string, body: UpdateScheduleInput) =>
  fetchJson<{ schedule: ScheduleView }>(scheduleUrl(slug, projectId), {
    method: "PUT",
    json: body,
  }).then((r) => r.schedule);
