// What the browser gets for a backlink gap: the analysis, its progress in the one shape, and the
// filtered rows. The browser imports these types from here (`import type`), never redeclares them.
import type { GapRow } from "@/lib/backlinks/gap/gap-rows";
import type { BacklinkGap } from "@/lib/db/schema/backlink-gaps";
import type { JobProgress } from "@/lib/jobs/progress";
import type { MetricLabels } from "@/lib/seranking/types";

export interface GapEstimate {
  /** Lists to fetch (not in the cache) and lists the cache answers for free. */
  toFetch: string[];
  cached: string[];
  requests: number;
  /** At most this many credits (only delivered rows are billed). */
  credits: number;
  /**
   * What one list holds at most: the strongest referring domains (Data API), or the domains of
   * a target's first links (provider API). A domain past it is not compared, and the page says so.
   */
  listCap: { rows: number; of: "referring domains" | "links" };
}

export interface GapView {
  id: string;
  domain: string;
  competitors: string[];
  createdAt: string;
  /** Lists answered from the cache (no credits). */
  cached: number;
  estimatedCredits: number | null;
  progress: JobProgress;
}

/** One target's list as stored: how many referring domains, whether capped, why missing. */
export interface GapListView {
  target: string;
  refdomains: number | null;
  /** False: only the service's top rows (the strongest domains) were fetched. */
  complete: boolean | null;
  error: string | null;
}

export interface GapResultView {
  gap: GapView;
  lists: GapListView[];
  /** Names the authority column: DT (Data API) or TF (provider API). */
  authorityLabel: string;
  /** null until the analysis is done. */
  result: {
    /** The best rows first, at most MAX_GAP_ROWS of them. */
    rows: GapRow[];
    /** Rows the filters keep, in all. */
    matched: number;
    /** Referring domains of the competitors that do not link to you, before the filters. */
    candidates: number;
  } | null;
}

const ACTIVE = new Set(["queued", "running"]);

export function gapProgress(row: BacklinkGap): JobProgress {
  return {
    kind: "backlink-gap",
    id: row.id,
    status: row.status,
    unit: "referring-domain lists",
    done: row.done,
    total: row.total,
    failed: row.failed,
    error: row.error,
    startedAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    canCancel: ACTIVE.has(row.status),
    canRetry:
      row.status === "failed" ||
      row.status === "cancelled" ||
      (row.status === "done" && row.failed > 0),
  };
}

export function gapView(row: BacklinkGap): GapView {
  return {
    id: row.id,
    domain: row.domain,
    competitors: row.competitors,
    createdAt: row.createdAt.toISOString(),
    cached: row.cached,
    estimatedCredits: row.estimatedCredits,
    progress: gapProgress(row),
  };
}

/** The referring domain's authority is the trust metric of the key's API: DT or TF. */
export const authorityLabelOf = (labels: MetricLabels) => labels.trustShort;
