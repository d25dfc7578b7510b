import "server-only";
import { ApiError, isUniqueViolation } from "@/lib/api/errors";
import { upstreamToApiError } from "@/lib/api/upstream-errors";
import type { Db } from "@/lib/db/client";
import { listDomains, listFailedDomains } from "@/lib/db/queries/prospect-lists";
import {
  freshMetricsForDomains,
  storeFailures,
  storeMetrics,
} from "@/lib/db/queries/prospect-metrics";
import {
  addRunProgress,
  findLatestRun,
  finishRun,
  heartbeatRun,
  insertRun,
  interruptDeadRuns,
} from "@/lib/db/queries/prospect-runs";
import type { ProspectRun } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { MetricsBatch } from "@/lib/seranking/batch-metrics";
import { estimateMetricsRun } from "@/lib/seranking/costs";
import { isSERankingError, SERankingError } from "@/lib/seranking/errors";
import {
  requireBacklinkApi,
  type TenantClient,
  tenantDialect,
  withTenantClient,
} from "@/lib/services/seranking/tenant-client";
import { requireList } from "./lists";
import { activeRunIds, processOwner, registerRun, unregisterRun } from "./run-registry";

const HEARTBEAT_MS = 5_000;
/** A run whose heart has not beaten for this long belongs to a dead process. */
const STALE_MS = 30_000;

export type WithClient = <T>(work: (client: TenantClient) => Promise<T>) => Promise<T>;

export interface RunDeps {
  /** How to get the tenant's client; tests pass one built on the simulator. */
  withClient?: WithClient;
  cacheTtlMs?: number;
}

/** Marks this list's runs left "running" by a dead process as interrupted, then reads the last. */
export async function currentRun(db: Db, tenantId: string, listId: string) {
  await interruptDeadRuns(db, tenantId, listId, {
    owner: processOwner(),
    activeRunIds: activeRunIds(),
    staleBefore: new Date(Date.now() - STALE_MS),
  });
  return findLatestRun(db, tenantId, listId);
}

/**
 * Which domains a run would fetch and what that costs: the same function prices the button
 * before the run starts and the run itself, so the figure shown is the figure spent (at most).
 */
async function planRun(
  db: Db,
  tenantId: string,
  listId: string,
  mode: "all" | "failed",
  cacheTtlMs?: number,
) {
  const domains =
    mode === "failed"
      ? await listFailedDomains(db, tenantId, listId)
      : await listDomains(db, tenantId, listId);
  // Per-domain cache: metrics this tenant fetched within the TTL (in any list) are reused.
  const ttlMs = cacheTtlMs ?? env().SERANKING_CACHE_TTL_SECONDS * 1000;
  const dialect = await tenantDialect(db, tenantId);
  const since = new Date(Date.now() - ttlMs);
  const fresh = await freshMetricsForDomains(
    db,
    tenantId,
    domains,
    since,
    dialect.metricLabels.set,
  );
  const toFetch = domains.filter((d) => !fresh.has(d));
  return { domains, fresh, toFetch, estimate: estimateMetricsRun(dialect, toFetch.length) };
}

/**
 * What "Fetch metrics" and "Retry failed" would cost now (domains, requests, credits): the same
 * selection as planRun, read in one pass (the list page asks for it on every load).
 */
export async function estimateRuns(db: Db, tenantId: string, listId: string) {
  const [domains, failedDomains, dialect] = await Promise.all([
    listDomains(db, tenantId, listId),
    listFailedDomains(db, tenantId, listId),
    tenantDialect(db, tenantId),
  ]);
  const since = new Date(Date.now() - env().SERANKING_CACHE_TTL_SECONDS * 1000);
  const fresh = await freshMetricsForDomains(
    db,
    tenantId,
    domains,
    since,
    dialect.metricLabels.set,
  );
  const price = (list: string[]) => {
    const toFetch = list.filter((d) => !fresh.has(d)).length;
    return { domains: toFetch, ...estimateMetricsRun(dialect, toFetch) };
  };
  return { all: price(domains), failed: price(failedDomains) };
}
export type RunEstimates = Awaited<ReturnType<typeof estimateRuns>>;

/**
 * Starts fetching metrics for a list and returns at once; the batches are fetched in the
 * background of this process and stored one by one with the run's progress. `finished` is for
 * tests and scripts: routes never await it.
 */
export async function startMetricsRun(
  db: Db,
  tenantId: string,
  listId: string,
  options: { mode: "all" | "failed"; startedBy: string | null },
  deps: RunDeps = {},
): Promise<{ run: ProspectRun; finished: Promise<void> }> {
  await requireList(db, tenantId, listId);
  // Said before a run row exists: a background run would only fail later with the same reason.
  await requireBacklinkApi(db, tenantId);
  const running = await currentRun(db, tenantId, listId);
  if (running?.status === "running") throw alreadyRunning();

  const { domains, fresh, toFetch, estimate } = await planRun(
    db,
    tenantId,
    listId,
    options.mode,
    deps.cacheTtlMs,
  );
  if (domains.length === 0) {
    throw new ApiError(
      "invalid_input",
      options.mode === "failed"
        ? "No domain of this list has failed: nothing to retry."
        : "The list has no domains yet: paste or upload some first.",
    );
  }
  let run: ProspectRun;
  try {
    run = await insertRun(db, tenantId, {
      listId,
      mode: options.mode,
      total: toFetch.length,
      cached: fresh.size,
      requestsTotal: estimate.requests,
      estimatedCredits: estimate.credits,
      owner: processOwner(),
      startedBy: options.startedBy,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRunning();
    throw error;
  }
  // Registered before the next await, so a status poll never takes it for a dead run.
  const controller = registerRun(run.id, listId);
  const cachedRows = [...fresh.values()];
  for (let i = 0; i < cachedRows.length; i += 500) {
    await storeMetrics(db, tenantId, listId, cachedRows.slice(i, i + 500));
  }
  if (toFetch.length === 0) {
    await finishRun(db, tenantId, run.id, { status: "done" });
    unregisterRun(run.id);
    return { run: (await findLatestRun(db, tenantId, listId)) ?? run, finished: Promise.resolve() };
  }

  const withClient: WithClient =
    deps.withClient ?? ((work) => withTenantClient(db, tenantId, work));
  const finished = processRun(db, tenantId, listId, run.id, controller, toFetch, withClient);
  return { run, finished };
}

async function processRun(
  db: Db,
  tenantId: string,
  listId: string,
  runId: string,
  controller: AbortController,
  domains: string[],
  withClient: WithClient,
) {
  const beat = setInterval(() => {
    heartbeatRun(db, tenantId, runId).catch(() => {});
  }, HEARTBEAT_MS);
  beat.unref?.();
  try {
    const outOfCredits = await withClient(async (client) => {
      const result = await client.getBacklinksMetrics(domains, {
        signal: controller.signal,
        onBatch: (batch) => storeBatch(db, tenantId, listId, runId, batch),
      });
      // Rethrown so withTenantClient flags the integration as needing attention.
      const rejected = result.failures.find((f) => f.kind === "invalid_key");
      if (rejected) throw new SERankingError("invalid_key", rejected.message);
      return result.failures.some((f) => f.kind === "out_of_credits");
    });
    // Out of credits: the run ends with a banner saying so and what to do, not bare counts.
    await finishRun(db, tenantId, runId, {
      status: "done",
      error: outOfCredits
        ? "The SE Ranking account ran out of credits, so some domains were not fetched: top it up, then choose Retry failed."
        : undefined,
    });
  } catch (error) {
    const message = isSERankingError(error)
      ? (upstreamToApiError(error)?.message ?? error.message)
      : error instanceof ApiError
        ? error.message
        : "The fetch stopped on an unexpected error; try again.";
    if (controller.signal.aborted) return; // the list was deleted: nothing left to update
    if (!isSERankingError(error) && !(error instanceof ApiError)) {
      console.error("[prospects] metrics run failed", { tenantId, runId }, error);
    }
    await finishRun(db, tenantId, runId, {
      status: isSERankingError(error) ? "done" : "failed",
      error: message,
    }).catch(() => {});
  } finally {
    clearInterval(beat);
    unregisterRun(runId);
  }
}

/** One batch, stored as it arrives: metrics first, then failures, then the progress counters. */
async function storeBatch(
  db: Db,
  tenantId: string,
  listId: string,
  runId: string,
  batch: MetricsBatch,
) {
  const fetchedAt = new Date();
  await storeMetrics(
    db,
    tenantId,
    listId,
    batch.rows.map((r) => ({ ...r, fetchedAt })),
  );
  const got = new Set(batch.rows.map((r) => r.domain));
  const failed = batch.domains.filter((d) => !got.has(d));
  await storeFailures(
    db,
    tenantId,
    listId,
    failed.map((domain) => ({ domain, ...failureReason(batch.error) })),
  );
  await addRunProgress(db, tenantId, runId, {
    done: batch.domains.length,
    failed: failed.length,
    requests: batch.requests,
  });
}

function failureReason(error: SERankingError | undefined) {
  if (!error) {
    return { kind: "bad_response", message: "SE Ranking's reply had no metrics for this domain." };
  }
  const base = upstreamToApiError(error)?.message ?? error.message;
  return { kind: error.kind, message: error.status ? `${base} (HTTP ${error.status})` : base };
}

function alreadyRunning() {
  return new ApiError(
    "conflict",
    "Metrics are already being fetched for this list: wait for that fetch to finish.",
  );
}

/** What the page shows of a run: progress and outcome, nothing internal. */
export function runView(run: ProspectRun) {
  return {
    id: run.id,
    status: run.status,
    mode: run.mode,
    total: run.total,
    done: run.done,
    failed: run.failed,
    cached: run.cached,
    requestsTotal: run.requestsTotal,
    requestsDone: run.requestsDone,
    estimatedCredits: run.estimatedCredits,
    error: run.error,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
export type RunView = ReturnType<typeof runView>;
