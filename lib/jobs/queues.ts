// Every queue of the one job engine, with the zod schema of its payload. A payload carries ids
// only: the state of the work (progress, checkpoints, results) lives in the feature's own rows,
// so a retried or re-delivered job resumes from what is stored and never stores anything twice.
import { z } from "zod";

const id = z.uuid();

export const queuePayloads = {
  /** Fetch DT/PT (or TF/CF) for the domains of one prospect-metrics run. */
  "prospect-metrics": z.object({ tenantId: id, listId: id, runId: id }),
  /**
   * Check the positions of one keyword project (manual or scheduled run), or only the keywords
   * named in keywordIds (keywords just added: the ones already there are not checked again).
   */
  "keyword-check": z.object({
    tenantId: id,
    projectId: id,
    runId: id,
    keywordIds: z
      .array(id, "keywordIds must be a list of keyword ids")
      .min(1, "keywordIds must name at least one keyword; leave it out to check them all")
      .max(2000, "keywordIds names at most 2000 keywords (a project's limit)")
      .optional(),
  }),
  /** Cron tick: claim the keyword projects that are due and enqueue a check for each. */
  "keyword-checks-due": z.object({}),
  /** Walk a domain's whole backlink list into a stored CSV file. */
  "backlink-export": z.object({ tenantId: id, exportId: id }),
  /** Fetch the referring-domain lists of a backlink gap (you and the competitors). */
  "backlink-gap": z.object({ tenantId: id, gapId: id }),
  /** Take one snapshot of a monitored domain's backlink profile (new/lost since the last). */
  "backlink-snapshot": z.object({ tenantId: id, monitorId: id, snapshotId: id }),
  /** Cron tick: claim the monitored domains whose snapshot is due and enqueue each. */
  "backlink-snapshots-due": z.object({}),
  /** Match a workspace's alert rules against what just happened (a run, a snapshot, a key, a call). */
  "alert-evaluate": z.object({
    tenantId: id,
    source: z.enum(["keyword-run", "backlink-snapshot", "integration", "usage"]),
    /** The run or snapshot; the workspace itself for "integration" and "usage". */
    sourceId: id,
  }),
  /** Send one alert delivery (one email address or one webhook endpoint); retried with backoff. */
  "alert-delivery": z.object({ tenantId: id, deliveryId: id }),
  /** Daily tick: send each digest rule's waiting events as one message per channel. */
  "alert-digests-due": z.object({}),
  /** Email one client report's link to its recipients for one month (YYYY-MM). */
  "report-email": z.object({ tenantId: id, reportId: id, month: z.string().regex(/^\d{4}-\d\d$/) }),
  /** Cron tick: claim the client reports whose monthly email is due and enqueue each. */
  "report-emails-due": z.object({}),
} as const;

export type QueueName = keyof typeof queuePayloads;
export type PayloadOf<Q extends QueueName> = z.infer<(typeof queuePayloads)[Q]>;
export const QUEUE_NAMES = Object.keys(queuePayloads) as QueueName[];
