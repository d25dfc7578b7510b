// Every feature's job handlers: the one list the web process (in-process engine) and
// `npm run worker` register. A new kind of background work adds its handler here.
import {
  alertDeliveryHandler,
  alertDigestsDueHandler,
  alertEvaluateHandler,
} from "@/lib/services/alerts/alert-jobs";
import { backlinkExportHandler } from "@/lib/services/backlinks/export-job";
import { backlinkGapHandler } from "@/lib/services/backlinks/gap/gap-job";
import { keywordCheckHandler, keywordChecksDueHandler } from "@/lib/services/keywords/check-job";
import {
  backlinkSnapshotHandler,
  backlinkSnapshotsDueHandler,
} from "@/lib/services/monitoring/snapshot-job";
import { prospectMetricsHandler } from "@/lib/services/prospects/metrics-job";
import { reportEmailHandler, reportEmailsDueHandler } from "@/lib/services/reports/monthly-email";
import type { AnyHandler } from "./registry";

export const handlers: readonly AnyHandler[] = [
  prospectMetricsHandler,
  keywordCheckHandler,
  keywordChecksDueHandler,
  backlinkExportHandler,
  backlinkGapHandler,
  backlinkSnapshotHandler,
  backlinkSnapshotsDueHandler,
  reportEmailHandler,
  reportEmailsDueHandler,
  alertEvaluateHandler,
  alertDeliveryHandler,
  alertDigestsDueHandler,
];

/** Cron schedules the engine keeps (UTC): which queue gets a job on which tick. */
export const schedules = {
  "keyword-checks-due": "* * * * *",
  "backlink-snapshots-due": "* * * * *",
  "report-emails-due": "* * * * *",
  // Hourly: alert digests go out at 08:00 in each workspace's own time zone.
  "alert-digests-due": "0 * * * *",
} as const;
