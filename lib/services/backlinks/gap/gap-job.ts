import "server-only";
// The backlink-gap job: fetches (or reuses from the cache) the referring-domain list of each
// target not settled yet and stores it with the gap, exactly once (see storeGapLists). A
// re-delivered job (a retry, a dead worker's job taken over) resumes where the stored lists say
// the earlier delivery stopped; a cancel is seen before the next list is stored.
import { ApiError } from "@/lib/api/errors";
import { upstreamToApiError } from "@/lib/api/upstream-errors";
import {
  finishGap,
  GapStoppedError,
  gapLists,
  markGapRunning,
  pendingGapTargets,
  type SettledList,
  storeGapLists,
} from "@/lib/db/queries/backlink-gaps";
import type { JobContext } from "@/lib/jobs/contract";
import { GroupWriter } from "@/lib/jobs/group-writer";
import type { PayloadOf } from "@/lib/jobs/queues";
import { defineHandler } from "@/lib/jobs/registry";
import { isSERankingError } from "@/lib/seranking/errors";
import { attributed, gapActor } from "@/lib/services/budgets/attributed-jobs";
import { gapOutcome } from "./gap-outcome";
import { type RefdomainsSource, tenantRefdomains } from "./refdomains-source";

export interface GapJobDeps {
  /** Where the lists come from; tests pass one that holds or fails on cue. */
  source?: RefdomainsSource;
  /** Lists fetched at once (the key's rate gate still spaces the requests). */
  concurrency?: number;
}

/**
 * Every list at once by default (at most 11): the key's rate gate paces the requests, so the
 * run is bound by the key's rate rather than by one list's latency after another.
 */
const DEFAULT_CONCURRENCY = 11;

/** SE Ranking is down or slow for now: the engine delivers the job again, with backoff. */
const TRANSIENT = new Set(["rate_limited", "upstream_unavailable", "timeout"]);
/** SE Ranking said no for every list: the gap ends saying what to do (a retry resumes). */
const WHOLE_RUN = new Set(["invalid_key", "out_of_credits", "subscription_required"]);

const UNEXPECTED = "The analysis stopped on an unexpected error; choose Retry to resume it.";

export async function runGapJob(
  payload: PayloadOf<"backlink-gap">,
  context: JobContext,
  deps: GapJobDeps = {},
): Promise<void> {
  const { db, signal } = context;
  const { tenantId, gapId } = payload;
  const gap = await markGapRunning(db, tenantId, gapId);
  if (!gap) return; // cancelled, finished, or deleted
  const source = deps.source ?? tenantRefdomains;
  const pending = await pendingGapTargets(db, tenantId, gapId);
  // Lists finishing together are stored in one transaction.
  const writer = new GroupWriter<SettledList>({
    write: (lists) => storeGapLists(db, tenantId, gapId, lists),
  });
  const queue = [...pending];
  // The first failure stops every worker before its next list, and the delivery ends only when
  // all of them have: no list is fetched or stored after the job was handed back.
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (signal.aborted || failure) return;
      const request = { db, tenantId, domain: next.target };
      try {
        await writer.push(await fetchOne(source, request, next.position));
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, deps.concurrency ?? DEFAULT_CONCURRENCY) }, worker),
    );
    if (failure) throw (failure as { error: unknown }).error;
    if (signal.aborted) return; // cancelled (the gap says so) or shutting down (handed back)
    const lists = await gapLists(db, tenantId, gapId);
    await finishGap(db, tenantId, gapId, gapOutcome(gap.domain, lists));
  } catch (error) {
    if (error instanceof GapStoppedError) return;
    if (signal.aborted) return;
    if (isSERankingError(error) && !TRANSIENT.has(error.kind)) {
      const message = upstreamToApiError(error)?.message ?? error.message;
      await finishGap(db, tenantId, gapId, { status: "failed", error: message });
      return;
    }
    if (error instanceof ApiError) {
      await finishGap(db, tenantId, gapId, { status: "failed", error: error.message });
      return;
    }
    console.error("[backlink-gap] job failed; it will be retried", { tenantId, gapId }, error);
    throw error;
  }
}

/**
 * One target's list, or the reason it could not be had. Failures that concern the whole run
 * (key, credits) or pass (rate, outage) are thrown instead: the run ends or is retried.
 */
async function fetchOne(
  source: RefdomainsSource,
  request: Parameters<RefdomainsSource>[0],
  position: number,
): Promise<SettledList> {
  try {
    const list = await source(request);
    return {
      position,
      rows: list.rows,
      complete: list.complete,
      error: null,
      fromCache: list.fromCache,
    };
  } catch (error) {
    if (!isSERankingError(error) || TRANSIENT.has(error.kind) || WHOLE_RUN.has(error.kind)) {
      throw error;
    }
    const api = upstreamToApiError(error);
    const message = api?.message ?? error.message;
    return { position, rows: null, complete: null, error: message, fromCache: false };
  }
}

export const backlinkGapHandler = defineHandler(
  "backlink-gap",
  attributed("gap", gapActor, (payload, context) => runGapJob(payload, context)),
  {
    // Every delivery failed on our side: the gap says so and keeps the lists it has.
    onGiveUp: ({ tenantId, gapId }, { db }) =>
      finishGap(db, tenantId, gapId, { status: "failed", error: UNEXPECTED }),
    rules: { retryLimit: 5, localConcurrency: 2 },
  },
);
