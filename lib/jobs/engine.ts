// The one job engine: pg-boss on the app's PostgreSQL (its own small pool) or on the very PGlite
// instance the app uses (pg-boss's official adapter), so jobs commit beside the rows they touch.

import pg from "pg";
import { type Db as BossDb, fromPglite, type Job, PgBoss, type Queue } from "pg-boss";
import type { DbHandle } from "@/lib/db/client";
import { forgetEngine, rememberEngine } from "./instances";
import { type PayloadOf, QUEUE_NAMES, type QueueName, queuePayloads } from "./queues";
import {
  type AnyHandler,
  DEFAULT_RULES,
  type QueueRules,
  type RegisteredHandler,
} from "./registry";

/** Jobs that gave up (retries exhausted, invalid payload) land here; their feature is told. */
export const GAVE_UP_QUEUE = "jobs-gave-up";

export interface EngineTuning {
  /** Overrides every queue's rules (tests use a short expiry instead of waiting minutes). */
  rules?: QueueRules;
  /** How often an instance fails jobs whose worker went silent (seconds, default 15). */
  superviseIntervalSeconds?: number;
  /** How often an idle worker looks for jobs (seconds, default 2). */
  pollingIntervalSeconds?: number;
  /** How often the cron schedules are evaluated (seconds, default 30). */
  cronWorkerIntervalSeconds?: number;
}

export interface EngineOptions {
  handle: Pick<DbHandle, "db" | "kind" | "pglite" | "url">;
  /** Run handlers in this process; false (JOBS=off) only enqueues. */
  work: boolean;
  /** Every feature's handlers; the queues' rules come from here even when not working. */
  handlers: readonly AnyHandler[];
  /** Cron schedules to keep (queue name → cron expression, UTC). */
  schedules?: Partial<Record<QueueName, string>>;
  tuning?: EngineTuning;
  /** Tests wrap pg-boss's connection to cut it (a worker that dies without a word). */
  wrapConnection?: (db: BossDb) => BossDb;
}

export interface Engine {
  readonly boss: PgBoss;
  send<Q extends QueueName>(
    queue: Q,
    payload: PayloadOf<Q>,
    options?: { singletonKey?: string; startAfter?: Date | number },
  ): Promise<string | null>;
  /** Stops taking jobs; running ones get `graceMs` to finish, then are handed back (retried). */
  stop(options?: { graceMs?: number }): Promise<void>;
}

function bossFor(options: EngineOptions): PgBoss {
  const { handle, tuning = {} } = options;
  const common = {
    schema: "pgboss",
    supervise: true,
    schedule: true,
    superviseIntervalSeconds: tuning.superviseIntervalSeconds ?? 15,
    monitorIntervalSeconds: tuning.superviseIntervalSeconds ?? 15,
    cronWorkerIntervalSeconds: tuning.cronWorkerIntervalSeconds ?? 30,
    instanceName: options.work ? "worker" : "web",
    // A job sent is picked up at once (LISTEN/NOTIFY), not at the next poll: a run's first batch
    // should not wait seconds. Polling stays on as the floor if notifications drop.
    useListenNotify: true,
  };
  if (handle.pglite) {
    const adapter = fromPglite(handle.pglite);
    return new PgBoss({
      ...common,
      backend: "pglite",
      db: options.wrapConnection ? options.wrapConnection(adapter) : adapter,
    });
  }
  if (!handle.url)
    throw new Error("The job engine needs the PostgreSQL URL or the PGlite instance");
  if (options.wrapConnection) {
    // A pool of our own to wrap (pg-boss builds its pool-backed Db only inside start()).
    const pool = new pg.Pool({ connectionString: handle.url, max: 4 });
    pool.on("error", () => {});
    const adapter: BossDb = { executeSql: (text, values) => pool.query(text, values) };
    return new PgBoss({ ...common, db: options.wrapConnection(adapter) });
  }
  return new PgBoss({ ...common, connectionString: handle.url, max: 4 });
}

function queueOptions(rules: QueueRules): Omit<Queue, "name"> {
  const r = { ...DEFAULT_RULES, ...rules };
  return {
    retryLimit: r.retryLimit,
    retryDelay: r.retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: 300,
    expireInSeconds: r.expireInSeconds,
    // 0 turns the heartbeat off (tests bound a delivery by a short expiry instead).
    ...(r.heartbeatSeconds ? { heartbeatSeconds: r.heartbeatSeconds } : {}),
    deadLetter: GAVE_UP_QUEUE,
    notify: true,
  };
}

async function ensureQueues(boss: PgBoss, options: EngineOptions) {
  if (!(await boss.getQueue(GAVE_UP_QUEUE))) {
    await boss.createQueue(GAVE_UP_QUEUE, { retryLimit: 3, retryDelay: 5 });
  }
  for (const name of QUEUE_NAMES) {
    const handler = options.handlers.find((h) => h.queue === name);
    const rules = { ...handler?.rules, ...options.tuning?.rules };
    const settings = queueOptions(rules);
    if (await boss.getQueue(name)) await boss.updateQueue(name, settings);
    else await boss.createQueue(name, { ...settings, policy: rules.policy ?? "standard" });
  }
}

function contextFor(options: EngineOptions, job: Job<unknown>) {
  return { db: options.handle.db, jobId: job.id, signal: job.signal, retryCount: job.retryCount };
}

/**
 * pg-boss hands a job still running at shutdown back as a failure, which spends one of its
 * retries (and waits out the retry backoff): five deploys during one long run would make it give
 * up. A hand-back is not the job's fault, so the retry is given back and it may start at once.
 * Only a job this instance failed while stopping (state `retry`) is touched.
 */
async function undoHandBackRetry(boss: PgBoss, queue: string, id: string) {
  await boss.getDb().executeSql(
    `UPDATE pgboss.job SET retry_limit = retry_limit + 1, start_after = pgboss.job_now()
       WHERE name = $1 AND id = $2 AND state = 'retry'`,
    [queue, id],
  );
}

/** Registers the worker of one queue: validate the payload, run the handler, hand back on stop. */
async function work(
  boss: PgBoss,
  options: EngineOptions,
  handler: RegisteredHandler,
  isStopping: () => boolean,
) {
  const schema = queuePayloads[handler.queue];
  const rules = { ...DEFAULT_RULES, ...handler.rules, ...options.tuning?.rules };
  await boss.work(
    handler.queue,
    {
      batchSize: 1,
      localConcurrency: rules.localConcurrency,
      pollingIntervalSeconds: options.tuning?.pollingIntervalSeconds ?? 2,
      // A notification wakes a worker for a new job, but not for a retry or a delayed job
      // coming due: those are found by polling, so it keeps the same pace with notify on.
      notifyPollingIntervalSeconds: options.tuning?.pollingIntervalSeconds ?? 2,
    },
    async ([job]) => {
      if (!job) return;
      const parsed = schema.safeParse(job.data);
      if (!parsed.success) {
        // Retrying cannot fix a malformed payload: the feature is told at once, and this
        // delivery ends (completed: there is nothing left to do with it).
        await boss.send(GAVE_UP_QUEUE, { queue: handler.queue, data: job.data, jobId: job.id });
        return;
      }
      const context = contextFor(options, job);
      // biome-ignore lint/suspicious/noExplicitAny: the registry pairs each queue with its handler
      await handler.handle(parsed.data as any, context);
      // A handler that stopped because the process is shutting down returns early: that is not
      // completion, so the job is failed and delivered again, resuming from what was stored.
      if (job.signal.aborted) {
        if (isStopping()) await undoHandBackRetry(boss, handler.queue, job.id);
        throw new Error("stopped before finishing; delivered again later");
      }
    },
  );
}

/** Tells the feature that a job gave up, so it can record its run as failed. */
async function workGaveUp(boss: PgBoss, options: EngineOptions) {
  await boss.work(GAVE_UP_QUEUE, { batchSize: 1, includeMetadata: true }, async ([job]) => {
    if (!job) return;
    const { queue, data } = readGaveUp(job);
    const handler = options.handlers.find((h) => h.queue === queue);
    const parsed = handler ? queuePayloads[handler.queue].safeParse(data) : undefined;
    if (!handler?.onGiveUp || !parsed?.success) return;
    // biome-ignore lint/suspicious/noExplicitAny: the registry pairs each queue with its handler
    await handler.onGiveUp(parsed.data as any, { db: options.handle.db, jobId: job.id });
  });
}

// A dead-lettered job keeps its data and names the queue it came from; one the engine sent
// itself (invalid payload) carries both in its data.
function readGaveUp(job: Job<unknown> & { sourceName?: string | null }) {
  const meta = job;
  const data = job.data as { queue?: string; data?: unknown } | null;
  if (data && typeof data.queue === "string" && "data" in data) {
    return { queue: data.queue, data: data.data };
  }
  return { queue: meta.sourceName ?? null, data: job.data };
}

/** Starts pg-boss (creating its schema on first use), the queues, schedules and workers. */
export async function startEngine(options: EngineOptions): Promise<Engine> {
  const boss = bossFor(options);
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  await ensureQueues(boss, options);
  for (const [queue, cron] of Object.entries(options.schedules ?? {})) {
    if (cron) await boss.schedule(queue, cron, {}, { tz: "UTC" });
  }
  let stopping: Promise<void> | undefined;
  if (options.work) {
    for (const handler of options.handlers) await work(boss, options, handler, () => !!stopping);
    await workGaveUp(boss, options);
  }
  const engine: Engine = {
    boss,
    send: (queue, payload, sendOptions = {}) =>
      boss.send(queue, queuePayloads[queue].parse(payload), {
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.startAfter !== undefined ? { startAfter: sendOptions.startAfter } : {}),
      }),
    stop: ({ graceMs = 10_000 } = {}) => {
      stopping ??= (async () => {
        forgetEngine(options.handle.db, engine);
        // close: false on PGlite: the app owns that instance and keeps using it.
        await boss.stop({ graceful: true, timeout: graceMs, close: !options.handle.pglite });
      })();
      return stopping;
    },
  };
  rememberEngine(options.handle.db, engine);
  return engine;
}
