import "server-only";
// Estimates for the priced work that had none before (export, snapshot, keyword check), from
// what is stored: the domain's last summary, the monitor's last snapshot, the project's keywords.
// Each is an upper bound of what the work spends, so a budget is never passed by a run it allowed.
import type { Db } from "@/lib/db/client";
import { previousDoneSnapshot } from "@/lib/db/queries/backlink-monitoring";
import { countKeywords } from "@/lib/db/queries/keyword-projects";
import { readCache } from "@/lib/db/queries/seranking-cache";
import type { BacklinkSnapshot } from "@/lib/db/schema";
import type { BacklinksSummaryResult } from "@/lib/seranking/types";
import { paramsHash } from "@/lib/services/seranking/cached-call";
import { tenantDialect } from "@/lib/services/seranking/tenant-client";

/** The domain's last stored summary (any age: only its size is read), or undefined. */
async function storedSummary(db: Db, tenantId: string, domain: string) {
  const dialect = await tenantDialect(db, tenantId);
  const hit = await readCache(db, tenantId, {
    endpoint: "backlinks.summary",
    paramsHash: paramsHash({ domain, dialect: dialect.id }),
  });
  return { dialect, summary: hit?.response as BacklinksSummaryResult | undefined };
}

/**
 * A whole-list export: every row of the list (the dofollow ones when filtered) at the row price.
 * Null when the domain's summary was never loaded: the list's size is then unknown.
 */
export async function estimateExportCredits(
  db: Db,
  tenantId: string,
  request: { domain: string; dofollow: boolean },
): Promise<number | null> {
  const { dialect, summary } = await storedSummary(db, tenantId, request.domain);
  if (!summary) return null;
  const rows = request.dofollow ? summary.doFollowLinks : summary.totalBacklinks;
  return Math.max(0, rows) * dialect.prices.backlinkRow;
}

/**
 * A snapshot: the summary, plus the whole list (provider contract, priced by the last snapshot's
 * size or the stored summary) or the changes since the last one (Data API history: priced by
 * the last snapshot's new and lost counts, as the days between are alike).
 */
export async function estimateSnapshotCredits(
  db: Db,
  tenantId: string,
  snapshot: Pick<BacklinkSnapshot, "monitorId" | "id">,
  domain: string,
): Promise<number> {
  const { dialect, summary } = await storedSummary(db, tenantId, domain);
  const previous = await previousDoneSnapshot(db, tenantId, snapshot);
  const row = dialect.prices.backlinkRow;
  if (dialect.backlinksHistory) {
    const changes = (previous?.newBacklinks ?? 0) + (previous?.lostBacklinks ?? 0);
    return dialect.prices.summary + changes * row;
  }
  const links = previous?.backlinks ?? summary?.totalBacklinks ?? 0;
  return dialect.prices.summary + links * row;
}

/** A keyword check: one position per keyword (usage.ts counts a check reply per row). */
export async function estimateKeywordCheckCredits(
  db: Db,
  tenantId: string,
  projectId: string,
  keywordIds?: readonly string[],
): Promise<number> {
  return keywordIds ? keywordIds.length : countKeywords(db, tenantId, projectId);
}
