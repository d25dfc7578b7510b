// Runs the job engine in a test on the test's own database, with fast polling and retries, so
// a service that enqueues work is tested end to end: enqueue → handler → stored rows.
import type { DbHandle } from "@/lib/db/client";
import { type Engine, type EngineTuning, startEngine } from "@/lib/jobs/engine";
import { waitFor } from "@/lib/jobs/engine-test-kit";
import type { AnyHandler } from "@/lib/jobs/registry";

export { waitFor };

export const FAST_TUNING: EngineTuning = {
  rules: { retryDelaySeconds: 1, retryLimit: 3 },
  superviseIntervalSeconds: 1,
  pollingIntervalSeconds: 0.5,
};

export function startTestEngine(
  handle: DbHandle,
  handlers: readonly AnyHandler[],
  tuning: EngineTuning = FAST_TUNING,
): Promise<Engine> {
  return startEngine({ handle, work: true, handlers, tuning });
}
