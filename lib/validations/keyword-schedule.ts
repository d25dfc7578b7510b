// A keyword project's check schedule, shared by the route, the editor form and the hook.
import { z } from "./zod-config";

export const FREQUENCY_CHOICES = ["daily", "every_3_days", "weekly", "monthly", "manual"] as const;
export type FrequencyChoice = (typeof FREQUENCY_CHOICES)[number];

export const FREQUENCY_LABELS: Record<FrequencyChoice, string> = {
  daily: "Daily",
  every_3_days: "Every 3 days",
  weekly: "Weekly",
  monthly: "Monthly",
  manual: "Manual (only when you click Check now)",
};

export const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const updateScheduleSchema = z
  .object({
    frequency: z.enum(FREQUENCY_CHOICES, "Choose daily, every 3 days, weekly, monthly or manual"),
    day: z.number("The day must be a number").int("The day must be a whole number").nullish(),
    time: z
      .string("Enter a time as HH:MM, e.g. 09:00")
      .regex(TIME, "Enter a time as HH:MM (24-hour), e.g. 09:00")
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.frequency === "weekly" && !(v.day && v.day >= 1 && v.day <= 7)) {
      ctx.addIssue({
        code: "custom",
        path: ["day"],
        message: "Choose the day of the week: 1 (Monday) to 7 (Sunday)",
      });
    }
    if (v.frequency === "monthly" && !(v.day && v.day >= 1 && v.day <= 31)) {
      ctx.addIssue({
        code: "custom",
        path: ["day"],
        message: "Choose the day of the month: 1 to 31 (31 means the month's last day)",
      });
    }
    if (v.frequency !== "manual" && v.time === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["time"],
        message: "Enter a time as HH:MM, e.g. 09:00",
      });
    }
  });
export type UpdateScheduleInput = z.input<typeof updateScheduleSchema>;
