import "server-only";
// The prospect-metrics job: fetches the run's domains not settled yet and stores each batch
// exactly once (see storeRunBatch). A re-delivered job (a retry, a dead worker's job taken over)
// resumes where the stored rows say the earlier delivery stopped.
import { ApiError } from "@/lib/api/errors";
import { upstreamToApiError } from "@/lib/api/upstream-errors";
import type { Db } from "@/lib/db/client";
import { RunStoppedError, storeRunBatch } from "@/lib/db/queries/prospect-run-batches";
import {
  findRun,
  finishRun,
  pendingRunDomains,
  runRanOutOfCredits,
} from "@/lib/db/queries/prospect-runs";
import type { JobContext } from "@/lib/jobs/contract";
import { GroupWriter } from "@/lib/jobs/group-writer";
import type { PayloadOf } from "@/lib/jobs/queues";
import { defineHandler } from "@/lib/jobs/registry";
import type { MetricsBatch } from "@/lib/seranking/batch-metrics";
import { isSERankingError, SERankingError } from "@/lib/seranking/errors";
import { attributed, metricsActor } from "@/lib/services/budgets/attributed-jobs";
import { type TenantClient, withTenantClient } from "@/lib/services/seranking/tenant-client";

export type WithClient = <T>(work: (client: TenantClient) => Promise<T>) => Promise<T>;

export interface MetricsJobDeps {
  /** How to get the tenant's client; tests pass one built on the simulator. */
  withClient?: WithClient;
}

const OUT_OF_CREDITS =
  "The SE Ranking account ran out of credits, so some domains were not fetched: top it up, then choose Retry failed.";
const UNEXPECTED = "The fetch stopped on an unexpected error; try again.";

export async function runMetricsJob(
  payload: PayloadOf<"prospect-metrics">,
  context: JobContext,
  deps: MetricsJobDeps = {},
): Promise<void> {
  const { db } = context;
  const { tenantId, listId, runId } = payload;
  const run = await findRun(db, tenantId, runId);
  if (run?.status !== "running") return; // cancelled, finished, or deleted with its list
  const domains = await pendingRunDomains(db, tenantId, runId);
  const withClient: WithClient =
    deps.withClient ?? ((work) => withTenantClient(db, tenantId, work));
  try {
    if (domains.length > 0) {
      await withClient(async (client) => {
        // Batches finishing together are stored in one transaction (see GroupWriter).
        const writer = new GroupWriter<StoredBatch>({
          write: (batches) => storeRunBatch(db, { tenantId, listId, runId }, merged(batches)),
        });
        const result = await client.getBacklinksMetrics(domains, {
          signal: context.signal,
          onBatch: (batch) => writer.push(toStored(batch)),
        });
        // Rethrown so withTenantClient flags the integration as needing attention.
        const rejected = result.failures.find((f) => f.kind === "invalid_key");
        if (rejected) throw new SERankingError("invalid_key", rejected.message);
      });
    }
    // Out of credits (in this delivery or an earlier one): the banner says what to do.
    const outOfCredits = await runRanOutOfCredits(db, tenantId, runId);
    await finishRun(db, tenantId, runId, {
      status: "done",
      error: outOfCredits ? OUT_OF_CREDITS : null,
    });
  } catch (error) {
    if (error instanceof RunStoppedError) return;
    // Shutting down: the engine hands the job back, and the next delivery resumes.
    if (context.signal.aborted) return;
    if (isSERankingError(error) || error instanceof ApiError) {
      // SE Ranking said no for the whole run (a rejected key, a missing plan): retrying will not
      // help; the run ends saying what to do.
      const message = isSERankingError(error)
        ? (upstreamToApiError(error)?.message ?? error.message)
        : error.message;
      await finishRun(db, tenantId, runId, { status: "done", error: message });
      return;
    }
    console.error("[prospects] metrics job failed; it will be retried", { tenantId, runId }, error);
    throw error;
  }
}

type StoredBatch = ReturnType<typeof toStored>;

/** A batch as stored: metrics of the domains answered, the reason for each one not answered. */
function toStored(batch: MetricsBatch) {
  const fetchedAt = new Date();
  const got = new Set(batch.rows.map((r) => r.domain));
  const reason = failureReason(batch.error);
  return {
    metrics: batch.rows.map((r) => ({ ...r, fetchedAt })),
    failures: batch.domains.filter((d) => !got.has(d)).map((domain) => ({ domain, ...reason })),
    requests: batch.requests,
  };
}

/** Several batches stored as one: each domain is in one batch only, so nothing collides. */
function merged(batches: StoredBatch[]): StoredBatch {
  return {
    metrics: batches.flatMap((b) => b.metrics),
    failures: batches.flatMap((b) => b.failures),
    requests: batches.reduce((sum, b) => sum + b.requests, 0),
  };
}

function failureReason(error: SERankingError | undefined) {
  if (!error) {
    return { kind: "bad_response", message: "SE Ranking's reply had no metrics for this domain." };
  }
  const base = upstreamToApiError(error)?.message ?? error.message;
  return { kind: error.kind, message: error.status ? `${base} (HTTP ${error.status})` : base };
}

/** The retries ran out (or the payload was malformed): the run ends failed, not running forever. */
async function giveUp(payload: PayloadOf<"prospect-metrics">, { db }: { db: Db }) {
  await finishRun(db, payload.tenantId, payload.runId, { status: "failed", error: UNEXPECTED });
}

export const prospectMetricsHandler = defineHandler(
  "prospect-metrics",
  attributed("bulk_metrics", metricsActor, (payload, context) => runMetricsJob(payload, context)),
  { onGiveUp: giveUp, rules: { retryLimit: 5, localConcurrency: 2 } },
);
