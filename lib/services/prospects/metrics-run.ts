import "server-only";
import { ApiError, isUniqueViolation } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { listDomains, listFailedDomains } from "@/lib/db/queries/prospect-lists";
import { freshMetricsForDomains, storeMetrics } from "@/lib/db/queries/prospect-metrics";
import { findLatestRun, findRun, finishRun, insertRun } from "@/lib/db/queries/prospect-runs";
import type { ProspectRun } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/enqueue";
import { estimateMetricsRun } from "@/lib/seranking/costs";
import { requireBudget } from "@/lib/services/budgets/budget-guard";
import { requireBacklinkApi, tenantDialect } from "@/lib/services/seranking/tenant-client";
import { requireList } from "./lists";

/** The list's latest run (the job engine keeps a running one alive or resumes it). */
export function currentRun(db: Db, tenantId: string, listId: string) {
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
 * Records a run with the domains it will fetch and enqueues the job that fetches them; returns
 * at once. Progress is read from the run row (GET the run), wherever the job runs.
 */
export async function startMetricsRun(
  db: Db,
  tenantId: string,
  listId: string,
  options: { mode: "all" | "failed"; startedBy: string | null },
  deps: { cacheTtlMs?: number } = {},
): Promise<{ run: ProspectRun }> {
  await requireList(db, tenantId, listId);
  // Said before a run row exists: a background run would only fail later with the same reason.
  await requireBacklinkApi(db, tenantId);
  const running = await findLatestRun(db, tenantId, listId);
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
  await requireBudget(db, tenantId, { feature: "bulk_metrics", credits: estimate.credits });
  let run: ProspectRun;
  try {
    run = await insertRun(
      db,
      tenantId,
      {
        listId,
        mode: options.mode,
        total: toFetch.length,
        cached: fresh.size,
        requestsTotal: estimate.requests,
        estimatedCredits: estimate.credits,
        startedBy: options.startedBy,
      },
      toFetch,
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRunning();
    throw error;
  }
  const cachedRows = [...fresh.values()];
  for (let i = 0; i < cachedRows.length; i += 500) {
    await storeMetrics(db, tenantId, listId, cachedRows.slice(i, i + 500));
  }
  if (toFetch.length === 0) {
    await finishRun(db, tenantId, run.id, { status: "done" });
    return { run: (await findRun(db, tenantId, run.id)) ?? run };
  }
  try {
    await enqueue(db, "prospect-metrics", { tenantId, listId, runId: run.id });
  } catch (error) {
    await finishRun(db, tenantId, run.id, {
      status: "failed",
      error: "The fetch could not be queued; try again.",
    });
    throw error;
  }
  return { run };
}

/** Stops a running fetch: the job sees it before its next batch and stores nothing more. */
export async function cancelMetricsRun(db: Db, tenantId: string, runId: string) {
  return finishRun(db, tenantId, runId, { status: "cancelled", error: null });
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
