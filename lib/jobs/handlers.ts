// Every feature's job handlers: the one list the web process (in-process engine) and
// `npm run worker` register. A new kind of background work adds its handler here.
import { backlinkExportHandler } from "@/lib/services/backlinks/export-job";
import type { RegisteredHandler } from "./registry";

export const handlers: readonly RegisteredHandler[] = [backlinkExportHandler];

/** Cron schedules the engine keeps (UTC): which queue gets a job on which tick. */
export const schedules = {
  "keyword-checks-due": "* * * * *",
} as const;
