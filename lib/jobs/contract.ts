// The engine's contract with features: a feature defines a handler per queue it owns and a run
// source per kind of run a user follows; lib/jobs/handlers.ts and lib/jobs/run-sources.ts list
// them. Nothing outside lib/jobs starts background work.
import type { Db } from "@/lib/db/client";
import type { JobKind, JobProgress } from "./progress";
import type { PayloadOf, QueueName } from "./queues";

export interface JobContext {
  /** The database of the process running the job. */
  db: Db;
  jobId: string;
  /** Aborted when the run is cancelled or the process shuts down: stop between units of work. */
  signal: AbortSignal;
  /** 0 on the first delivery; a later delivery resumes from what earlier ones stored. */
  retryCount: number;
}

export type JobHandler<Q extends QueueName> = (
  payload: PayloadOf<Q>,
  context: JobContext,
) => Promise<void>;

/** Reads, cancels and retries one kind of run, answering the one progress shape. */
export interface RunSource {
  kind: JobKind;
  read(db: Db, tenantId: string, id: string): Promise<JobProgress | null>;
  cancel(db: Db, tenantId: string, id: string): Promise<JobProgress | null>;
  retry(db: Db, tenantId: string, id: string, userId: string): Promise<JobProgress | null>;
}
