// The one way to start background work: validate the payload with its queue's schema, then hand
// it to the engine of the process that owns `db` (a web instance with JOBS=off enqueues too).
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { engineFor } from "./instances";
import { type PayloadOf, type QueueName, queuePayloads } from "./queues";

/** A payload that does not fit its queue: a bug in the caller, named with what to fix. */
export class JobPayloadError extends Error {
  override name = "JobPayloadError";
}

export interface EnqueueOptions {
  /** At most one queued-or-running job per key on an "exclusive" queue (a project, a run). */
  singletonKey?: string;
  /** Not before this instant (a Date) or this many seconds from now (a number). */
  startAfter?: Date | number;
}

/**
 * Enqueues one job and answers its id, or null when an exclusive queue already holds a job
 * with the same singletonKey. A payload that does not fit the queue's schema is a bug in the
 * caller: it is refused here, never stored.
 */
export async function enqueue<Q extends QueueName>(
  db: Db,
  queue: Q,
  payload: PayloadOf<Q>,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const parsed = queuePayloads[queue].safeParse(payload);
  if (!parsed.success) {
    throw new JobPayloadError(
      `The ${queue} job was not started: its payload is invalid (${z.prettifyError(parsed.error)}).`,
    );
  }
  return engineFor(db).send(queue, parsed.data as PayloadOf<Q>, options);
}
