import { isTimeZone } from "@/lib/format/date-time";
import { z } from "./zod-config";

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, "Choose a time zone.")
  .max(64, "A time zone name is at most 64 characters.")
  .refine(isTimeZone, "Choose a time zone from the list (for example Europe/Berlin).");

export const updateWorkspaceSchema = z.strictObject({ timeZone: timeZoneSchema });
export type UpdateWorkspace = z.infer<typeof updateWorkspaceSchema>;
