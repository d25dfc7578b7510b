// The one shape of progress for every kind of long work: the run-status API answers it, the one
// progress component draws it. Shared by server and browser (types only on the browser side).

/** The kinds of work a user can follow; each has a run source (read, cancel, retry). */
export const JOB_KINDS = [
  "prospect-metrics",
  "keyword-check",
  "backlink-export",
  "backlink-gap",
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export type JobStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export interface JobProgress {
  kind: JobKind;
  /** The feature's run id (a prospect run, a keyword check run, an export). */
  id: string;
  status: JobStatus;
  /** What is counted: "domains", "keywords", "backlinks". */
  unit: string;
  done: number;
  /** null while the total is unknown (an export before its list is walked): "at least done". */
  total: number | null;
  failed: number;
  /** What happened and what to do, for a failed or partly failed run; never internal detail. */
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  canCancel: boolean;
  canRetry: boolean;
}
