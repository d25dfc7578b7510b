// Shared by the Monitoring routes and forms: which domain, how often, and what the team did
// about a lost link.
import { domainSchema } from "./backlinks";
import { z } from "./zod-config";

/** Snapshot intervals offered: weekly by default (backlink data changes slowly). */
export const INTERVAL_DAYS = [1, 7, 14, 30] as const;
export const DEFAULT_INTERVAL_DAYS = 7;

const intervalDays = z.coerce
  .number("Choose how often to take a snapshot")
  .refine((n) => (INTERVAL_DAYS as readonly number[]).includes(n), {
    message: `Snapshots can be taken every ${INTERVAL_DAYS.join(", ")} days`,
  });

export const createMonitorSchema = z.object({
  domain: domainSchema,
  intervalDays: intervalDays.default(DEFAULT_INTERVAL_DAYS),
});

export const updateMonitorSchema = z
  .object({ intervalDays: intervalDays.optional(), scheduleEnabled: z.boolean().optional() })
  .refine((v) => v.intervalDays !== undefined || v.scheduleEnabled !== undefined, {
    message: "Send intervalDays or scheduleEnabled",
  });

export const monitorParamsSchema = z.object({
  tenant: z.string(),
  monitorId: z.uuid("Unknown monitored domain"),
});

export const monitorQuerySchema = z.object({
  /** Which snapshot's changes to show; the latest finished one when absent. */
  snapshot: z.uuid("Unknown snapshot").optional(),
});

export const FOLLOW_UP_STATUSES = ["open", "followed_up", "dismissed"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const lostLinkParamsSchema = monitorParamsSchema.extend({
  changeId: z.uuid("Unknown lost link"),
});

export const followUpSchema = z.object({
  status: z.enum(FOLLOW_UP_STATUSES, "Status must be open, followed_up or dismissed"),
});
