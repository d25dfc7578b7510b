// The engine of this server process, on the app's database: started once at boot (web) or by
// `npm run worker`, kept across dev hot reloads like the database handle.
import { getDbHandle } from "@/lib/db";
import { type Engine, startEngine } from "./engine";
import { handlers, schedules } from "./handlers";

const g = globalThis as unknown as { __appEngine?: Promise<Engine> };

/** Running jobs get this long to finish on SIGTERM/SIGINT before they are handed back. */
export const SHUTDOWN_GRACE_MS = 20_000;

export function startAppEngine({ work }: { work: boolean }): Promise<Engine> {
  g.__appEngine ??= (async () => {
    const handle = await getDbHandle();
    return startEngine({ handle, work, handlers, schedules });
  })().catch((error) => {
    g.__appEngine = undefined;
    throw error;
  });
  return g.__appEngine;
}

/**
 * Stop taking jobs on SIGTERM/SIGINT; running ones get the grace period, then are failed back
 * to the queue (and resumed by whichever instance takes them next). Then `exit`.
 */
export function stopOnSignals(engine: Engine, exit: () => Promise<void> | void) {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[jobs] ${signal}: finishing running jobs (up to ${SHUTDOWN_GRACE_MS / 1000} s)`);
    engine
      .stop({ graceMs: SHUTDOWN_GRACE_MS })
      .catch((error) => console.error("[jobs] stop failed:", String(error)))
      .finally(() => exit());
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
