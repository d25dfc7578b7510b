// A site's own check schedule in the Project API (seranking-project-api.md §3 "check_freq"):
// set at create (default check_daily) or by PUT /sites/{site_id} ("same fields as create"), and
// listed by GET /sites. check_day is 1–7 (Mon=1 … Sun=7) when weekly and 1–31 when monthly.
import { z } from "zod";
import { parseOr400 } from "../dialects/provider-v3-params";
import type { Route } from "../dialects/types";
import { ApiError } from "../http-io";
import type { SimSite } from "./store";

export const CHECK_FREQS = [
  "check_daily",
  "check_1in3",
  "check_weekly",
  "check_monthly",
  "manual",
] as const;
export type SimCheckFreq = (typeof CHECK_FREQS)[number];

/** The schedule fields of a create or update body. Values may arrive as strings (HMCP sends "0"). */
export const scheduleFields = {
  check_freq: z.enum(CHECK_FREQS).optional(),
  check_day: z.union([z.null(), z.coerce.number().int()]).optional(),
};

/** Checks check_day against check_freq; returns the day to keep (null when the freq has none). */
export function checkDayFor(freq: SimCheckFreq, day: number | null | undefined): number | null {
  const max = freq === "check_weekly" ? 7 : freq === "check_monthly" ? 31 : 0;
  if (max === 0 || day === null || day === undefined) return null;
  if (day < 1 || day > max) {
    throw new ApiError(
      400,
      `check_day must be 1–${max} when check_freq is ${freq}${max === 7 ? " (Mon=1 … Sun=7)" : ""}`,
    );
  }
  return day;
}

const updateSiteBody = z.object({
  url: z.string().trim().min(1, "is required").optional(),
  title: z.string().trim().min(1, "is required").max(255).optional(),
  depth: z.union([z.literal(100), z.literal(200)]).optional(),
  ...scheduleFields,
});

/** Applies a body's schedule fields to a site (a day sent alone keeps the site's frequency). */
export function applySchedule(
  site: SimSite,
  input: { check_freq?: SimCheckFreq; check_day?: number | null },
): void {
  if (input.check_freq === undefined && input.check_day === undefined) return;
  const freq = input.check_freq ?? site.checkFreq;
  const day = input.check_day === undefined ? site.checkDay : input.check_day;
  site.checkDay = checkDayFor(freq, day);
  site.checkFreq = freq;
}

export const updateSite: Route = {
  method: "PUT",
  path: "/sites/{site_id}",
  handle(ctx) {
    const site = ctx.projects.site(ctx.account.keyId, Number(ctx.params.site_id));
    if (!site) throw new ApiError(404, "Site not found");
    const input = parseOr400(updateSiteBody, ctx.json());
    applySchedule(site, input);
    if (input.title) site.title = input.title;
    // The reference establishes no reply for an update.
    return { body: { status: 1 }, cost: 0, status: 200 };
  },
};
