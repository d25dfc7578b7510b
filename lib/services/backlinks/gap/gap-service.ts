import "server-only";
// Starting, reading, cancelling and retrying backlink gaps. The fetching is the `backlink-gap` job
// (gap-job.ts); this module writes rows, enqueues, and computes rows from the stored lists.
import { notFound } from "@/lib/api/errors";
import { filterGap, type GapFilters, gapCandidates } from "@/lib/backlinks/gap/gap-rows";
import type { Db } from "@/lib/db/client";
import {
  createGap,
  findGap,
  finishGap,
  gapLists,
  recentGaps,
  requeueGap,
} from "@/lib/db/queries/backlink-gaps";
import { findIntegration } from "@/lib/db/queries/integrations";
import type { RunSource } from "@/lib/jobs/contract";
import { enqueue } from "@/lib/jobs/enqueue";
import { dialectById } from "@/lib/seranking/dialects/registry";
import { requireBudget } from "@/lib/services/budgets/budget-guard";
import {
  notConnected,
  requireBacklinkApi,
  tenantDialect,
} from "@/lib/services/seranking/tenant-client";
import type { GapDomains } from "@/lib/validations/backlink-gap";
import { MAX_GAP_ROWS } from "@/lib/validations/backlink-gap";
import { estimateGapLists } from "./gap-estimate";
import {
  authorityLabelOf,
  type GapEstimate,
  type GapResultView,
  type GapView,
  gapProgress,
  gapView,
} from "./gap-view";
import { cachedRefdomainLists, refdomainListShape } from "./refdomains-source";

async function requireConnected(db: Db, tenantId: string) {
  if (!(await findIntegration(db, tenantId))?.apiKey) throw notConnected();
  await requireBacklinkApi(db, tenantId);
}

/** What the analysis would cost now: lists in the cache are free. Said before it starts. */
export async function estimateGap(
  db: Db,
  tenantId: string,
  request: GapDomains,
): Promise<GapEstimate> {
  await requireConnected(db, tenantId);
  const targets = [request.domain, ...request.competitors];
  const cached = await cachedRefdomainLists(db, tenantId, targets);
  const toFetch = targets.filter((t) => !cached.has(t));
  const dialect = await tenantDialect(db, tenantId);
  const cost = estimateGapLists(dialect, toFetch.length);
  const listCap = {
    rows: refdomainListShape(dialect).maxRows,
    of: dialect.refdomains ? ("referring domains" as const) : ("links" as const),
  };
  return { toFetch, cached: targets.filter((t) => cached.has(t)), ...cost, listCap };
}

export async function startGap(
  db: Db,
  tenantId: string,
  userId: string | null,
  request: GapDomains,
): Promise<GapView> {
  const estimate = await estimateGap(db, tenantId, request);
  await requireBudget(db, tenantId, { feature: "gap", credits: estimate.credits });
  const dialect = await tenantDialect(db, tenantId);
  const row = await createGap(db, tenantId, {
    domain: request.domain,
    competitors: request.competitors,
    dialect: dialect.id,
    estimatedCredits: estimate.credits,
    startedBy: userId,
  });
  await enqueueGap(db, tenantId, row.id);
  return gapView(row);
}

/** Hands the gap to the engine; if that fails the gap says so instead of waiting forever. */
async function enqueueGap(db: Db, tenantId: string, gapId: string) {
  try {
    await enqueue(db, "backlink-gap", { tenantId, gapId });
  } catch (error) {
    await finishGap(db, tenantId, gapId, {
      status: "failed",
      error: "The analysis could not be started on our side: try again in a minute.",
    });
    throw error;
  }
}

export async function listGaps(db: Db, tenantId: string) {
  return (await recentGaps(db, tenantId)).map(gapView);
}

export async function requireGap(db: Db, tenantId: string, gapId: string) {
  const gap = await findGap(db, tenantId, gapId);
  if (!gap) throw notFound("This gap analysis");
  return gap;
}

/** The analysis with its rows under the filters (computed from the stored lists once done). */
export async function gapResult(
  db: Db,
  tenantId: string,
  gapId: string,
  filters: GapFilters,
): Promise<GapResultView> {
  const gap = await requireGap(db, tenantId, gapId);
  const authorityLabel = authorityLabelOf(dialectById(gap.dialect).metricLabels);
  const lists = await gapLists(db, tenantId, gapId);
  const listViews = lists.map((l) => ({
    target: l.target,
    refdomains: l.rows?.length ?? null,
    complete: l.complete,
    error: l.error,
  }));
  const base = { gap: gapView(gap), lists: listViews, authorityLabel };
  if (gap.status !== "done") return { ...base, result: null };
  const you = lists.find((l) => l.position === 0);
  const competitors = lists
    .filter((l) => l.position > 0 && l.rows)
    .map((l) => ({ target: l.target, rows: l.rows ?? [] }));
  const candidates = gapCandidates({ target: gap.domain, rows: you?.rows ?? [] }, competitors);
  const rows = filterGap(candidates, filters);
  return {
    ...base,
    result: {
      rows: rows.slice(0, MAX_GAP_ROWS),
      matched: rows.length,
      candidates: candidates.length,
    },
  };
}

/** The run source of kind `backlink-gap`: the one run-status API reads, cancels and retries. */
export const backlinkGapRunSource: RunSource = {
  kind: "backlink-gap",
  async read(db, tenantId, id) {
    const row = await findGap(db, tenantId, id);
    return row ? gapProgress(row) : null;
  },
  // The job sees the cancel before it stores its next list (the store requires "running").
  async cancel(db, tenantId, id) {
    await finishGap(db, tenantId, id, { status: "cancelled", error: null });
    return this.read(db, tenantId, id);
  },
  // Fetches the lists that failed or were not reached; the lists stored are kept.
  async retry(db, tenantId, id) {
    // Only the lists not stored are fetched again: priced as a start would be.
    const stopped = await findGap(db, tenantId, id);
    if (stopped) {
      const stored = (await gapLists(db, tenantId, id)).filter((l) => l.rows !== null);
      const toFetch = 1 + stopped.competitors.length - stored.length;
      const { credits } = estimateGapLists(await tenantDialect(db, tenantId), Math.max(0, toFetch));
      await requireBudget(db, tenantId, { feature: "gap", credits });
    }
    const row = await requeueGap(db, tenantId, id);
    if (!row) return this.read(db, tenantId, id);
    await enqueueGap(db, tenantId, id);
    // The state this retry set: a worker may already have taken the job by the time a re-read ran.
    return gapProgress(row);
  },
};
