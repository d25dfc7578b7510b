// How a feature declares the work it owns: one handler per queue, with the queue's delivery
// rules. The list of every handler is lib/jobs/handlers.ts; the engine registers exactly those.
import type { JobContext, JobHandler } from "./contract";
import type { PayloadOf, QueueName } from "./queues";

/** Delivery rules of a queue (pg-boss queue options, in the project's words). */
export interface QueueRules {
  /**
   * "standard": any number queued; "exclusive": at most one queued-or-active job per
   * singletonKey (a second enqueue with the same key is dropped and answers null).
   */
  policy?: "standard" | "exclusive";
  /** Deliveries after the first; each resumes from what the earlier ones stored. */
  retryLimit?: number;
  /** Seconds before the first retry; doubled on each further one (with jitter). */
  retryDelaySeconds?: number;
  /** Longest a single delivery may run before it is failed (and retried). */
  expireInSeconds?: number;
  /**
   * The worker proves it is alive this often; a job whose worker stopped proving it (a killed
   * process) is failed by any other instance and delivered again. Must be >= 10.
   */
  heartbeatSeconds?: number;
  /** Jobs of this queue one process runs at once. */
  localConcurrency?: number;
}

export interface RegisteredHandler<Q extends QueueName = QueueName> {
  queue: Q;
  handle: JobHandler<Q>;
  /**
   * Runs once when the job gave up (retries exhausted, or its payload was invalid): the feature
   * records the run as failed so the page stops waiting for it.
   */
  onGiveUp?: (payload: PayloadOf<Q>, context: Pick<JobContext, "db" | "jobId">) => Promise<void>;
  rules: QueueRules;
}

/** Any queue's handler: what the handler list holds (one entry per queue). */
export type AnyHandler = { [Q in QueueName]: RegisteredHandler<Q> }[QueueName];

export const DEFAULT_RULES: Required<Omit<QueueRules, "localConcurrency">> & {
  localConcurrency: number;
} = {
  policy: "standard",
  retryLimit: 5,
  retryDelaySeconds: 5,
  // Long runs prove liveness by heartbeat; the expiry only bounds a stuck delivery.
  expireInSeconds: 4 * 60 * 60,
  heartbeatSeconds: 30,
  localConcurrency: 2,
};

/** Declares a queue's handler; the feature exports the result and handlers.ts lists it. */
export function defineHandler<Q extends QueueName>(
  queue: Q,
  handle: JobHandler<Q>,
  options: { rules?: QueueRules; onGiveUp?: RegisteredHandler<Q>["onGiveUp"] } = {},
): RegisteredHandler<Q> {
  return { queue, handle, onGiveUp: options.onGiveUp, rules: options.rules ?? {} };
}
