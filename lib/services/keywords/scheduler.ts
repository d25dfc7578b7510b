import "server-only";
import type { Db } from "@/lib/db/client";
import { type Clock, runDueChecks, systemClock } from "./check-service";

export interface KeywordScheduler {
  /** One pass over due checks; concurrent calls share the pass in flight. */
  tick(): Promise<{ ran: number }>;
  stop(): void;
}

interface SchedulerOptions {
  getDb: () => Promise<Db>;
  clock?: Clock;
  /** How often to look for due checks; a check is due at most this late. */
  intervalMs?: number;
  /** Tests drive tick() themselves. */
  autoStart?: boolean;
}

/**
 * The embedded mode's scheduler: a timer per process that claims due checks. Cheap when idle
 * (one indexed query a minute) and unref'd, so it never keeps a process alive. With several
 * instances each runs one; claiming makes sure a check is still recorded once.
 */
export function startKeywordScheduler({
  getDb,
  clock = systemClock,
  intervalMs = 60_000,
  autoStart = true,
}: SchedulerOptions): KeywordScheduler {
  let inFlight: Promise<{ ran: number }> | undefined;
  const tick = () => {
    inFlight ??= getDb()
      .then((db) => runDueChecks(db, { clock }))
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
  const timer = autoStart
    ? setInterval(() => {
        tick().catch((error) => console.error("[keywords] scheduled checks failed", String(error)));
      }, intervalMs)
    : undefined;
  timer?.unref();
  return { tick, stop: () => clearInterval(timer) };
}
