import "server-only";
import { upstreamToApiError } from "@/lib/api/upstream-errors";
import type { Db } from "@/lib/db/client";
import {
  findRun,
  insertChecks,
  runCheckedKeywords,
  updateRun,
} from "@/lib/db/queries/keyword-checks";
import { listKeywords } from "@/lib/db/queries/keyword-projects";
import type { KeywordProject, TrackedKeyword } from "@/lib/db/schema";
import { isSERankingError } from "@/lib/seranking/errors";
import type { KeywordRankingRow } from "@/lib/seranking/types";
import { withTenantClient } from "@/lib/services/seranking/tenant-client";
import { keywordKey } from "@/lib/validations/keywords";
import { checkCompetitors } from "./competitors/competitor-check";
import { startTrackerRun } from "./tracker/tracker-run";

/** Keywords per getKeywordRankings call: small enough to report progress, few enough calls. */
export const KEYWORD_BATCH_SIZE = 100;

// After these every further batch would fail the same way: record the rest as failed, stop calling.
const FATAL = new Set(["invalid_key", "out_of_credits", "subscription_required"]);

interface RunTarget {
  tenantId: string;
  project: KeywordProject;
  runId: string;
  /** The instant every history row of this run carries (the scheduler's clock). */
  checkedAt: Date;
  batchSize?: number;
  /** Only these keywords (ones just added); all of the project's when absent. */
  keywordIds?: readonly string[];
  /** Aborted when the process shuts down: stop between batches, the job resumes later. */
  signal?: AbortSignal;
}

// The user-facing words of the API's error table (what to do about it), plus the HTTP status.
function errorText(error: unknown): string {
  if (isSERankingError(error)) {
    const base = upstreamToApiError(error)?.message ?? error.message;
    return error.status ? `${base} (HTTP ${error.status})` : base;
  }
  if (error instanceof Error && "status" in error) return error.message; // ApiError: user-facing
  return "The check failed unexpectedly";
}

/**
 * Checks every keyword of a project (or the run's keywordIds) in batches and appends one history row per keyword: the
 * reply's position (null = not in the top 100) or a failed row with the reason. A failure never
 * copies an earlier position forward, and earlier rows are never touched.
 */
export async function executeRun(db: Db, target: RunTarget): Promise<void> {
  const { tenantId, project, runId, checkedAt } = target;
  // SE Ranking's rank tracker checks it: ask for a recheck; its positions are read when ready.
  if (project.seSiteEngineId !== null) return startTrackerRun(db, target);
  const size = target.batchSize ?? KEYWORD_BATCH_SIZE;
  const all = await listKeywords(db, tenantId, project.id, target.keywordIds);
  // Resumable: keywords an earlier delivery of this job stored are neither asked nor counted again.
  const earlier = await runCheckedKeywords(db, tenantId, runId);
  const keywords = all.filter((k) => !earlier.ids.has(k.id));
  const progress = { total: all.length, done: earlier.ids.size, failed: earlier.failed };
  await updateRun(db, tenantId, runId, { total: progress.total });

  const record = async (batch: TrackedKeyword[], reply: KeywordRankingRow[], error?: string) => {
    const byKey = new Map(reply.map((r) => [keywordKey(r.keyword.trim()), r]));
    const rows = batch.map((k) => {
      const hit = error ? undefined : byKey.get(keywordKey(k.keyword));
      if (!hit || hit.unknown) {
        return {
          projectId: project.id,
          keywordId: k.id,
          runId,
          status: "failed" as const,
          error: error ?? hit?.unknown ?? "SE Ranking's reply had no row for this keyword",
          checkedAt,
        };
      }
      return {
        projectId: project.id,
        keywordId: k.id,
        runId,
        status: "ok" as const,
        position: hit.position,
        url: hit.url,
        volume: hit.volume,
        checkedAt,
      };
    });
    await insertChecks(db, tenantId, rows);
    // Counted from the stored rows, so progress only moves forward and never past the total.
    const stored = await runCheckedKeywords(db, tenantId, runId);
    progress.done = stored.ids.size;
    progress.failed = stored.failed;
    await updateRun(db, tenantId, runId, { done: progress.done, failed: progress.failed });
  };
  // Cancelled by a user, or the process is stopping: no further batch is asked for.
  const stopped = async () =>
    target.signal?.aborted ||
    (await findRun(db, tenantId, project.id, runId))?.status !== "running";

  const batches: TrackedKeyword[][] = [];
  for (let i = 0; i < keywords.length; i += size) batches.push(keywords.slice(i, i + size));
  let next = 0;
  let runError: string | undefined;
  let batchError: string | undefined;
  try {
    await withTenantClient(db, tenantId, async (client) => {
      for (; next < batches.length; next++) {
        if (await stopped()) return;
        const batch = batches[next]!;
        try {
          const reply = await client.getKeywordRankings({
            domain: project.domain,
            keywords: batch.map((k) => k.keyword),
            searchEngine: project.searchEngine,
            location: project.location,
          });
          await record(batch, reply);
        } catch (error) {
          if (!isSERankingError(error)) throw error;
          batchError = errorText(error);
          await record(batch, [], batchError);
          if (FATAL.has(error.kind)) throw error; // withTenantClient flags a rejected key
        }
      }
      if (!(await stopped()))
        await checkCompetitors(db, { ...target, keywords: all, batchSize: size }, client);
    });
  } catch (error) {
    runError = errorText(error);
    if (!isSERankingError(error) && !(error instanceof Error && "status" in error)) {
      console.error("[keywords] check failed", { tenantId, runId }, String(error));
    }
    // Whatever stopped the run, the keywords it did not reach get a failed row too.
    for (next = next + (isSERankingError(error) ? 1 : 0); next < batches.length; next++) {
      await record(batches[next]!, [], runError);
    }
  }
  if (await stopped()) return;
  const allFailed = progress.total > 0 && progress.failed === progress.total;
  // The count alone does not say what to do: carry the (last) batch failure's reason.
  const partly = progress.failed
    ? `${progress.failed} of ${progress.total} keywords failed${batchError ? `: ${batchError}` : ""}`
    : null;
  await updateRun(db, tenantId, runId, {
    status: runError || allFailed ? "failed" : "done",
    error: runError ?? partly,
    finishedAt: new Date(),
  });
}
