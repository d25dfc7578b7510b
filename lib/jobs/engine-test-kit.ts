// Helpers for tests of the job engine: poll for a state with a deadline (never a bare sleep),
// and a pg-boss connection that can be cut, standing in for a worker killed mid-job.
import type { Db as BossDb } from "pg-boss";

/** Polls `probe` until it answers a truthy value, or fails naming what it waited for. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  { timeoutMs = 20_000, everyMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Wraps a pg-boss connection; after `cut()` every statement fails, as if the process died. */
export function cuttableConnection() {
  let cut = false;
  return {
    wrap: (db: BossDb): BossDb => ({
      ...db,
      executeSql: (text, values) =>
        cut ? Promise.reject(new Error("connection cut (test)")) : db.executeSql(text, values),
    }),
    cut: () => {
      cut = true;
    },
  };
}
