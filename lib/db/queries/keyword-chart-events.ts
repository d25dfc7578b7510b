import { and, asc, eq, gt, gte, or } from "drizzle-orm";
import type { Db } from "../client";
import { backlinkChanges, backlinkSnapshots, keywordCheckRuns, monitoredDomains } from "../schema";

/** Checks of a project that failed, wholly or for some keywords, from `since` on. */
export async function failedRunsSince(db: Db, tenantId: string, projectId: string, since: Date) {
  return db
    .select({
      id: keywordCheckRuns.id,
      checkedAt: keywordCheckRuns.checkedAt,
      status: keywordCheckRuns.status,
      failed: keywordCheckRuns.failed,
      total: keywordCheckRuns.total,
      error: keywordCheckRuns.error,
    })
    .from(keywordCheckRuns)
    .where(
      and(
        eq(keywordCheckRuns.tenantId, tenantId),
        eq(keywordCheckRuns.projectId, projectId),
        gte(keywordCheckRuns.checkedAt, since),
        or(eq(keywordCheckRuns.status, "failed"), gt(keywordCheckRuns.failed, 0)),
      ),
    )
    .orderBy(asc(keywordCheckRuns.checkedAt));
}

/**
 * Dofollow links lost by `domain` (the workspace monitors it) from sources whose authority is at
 * least `minAuthority`, seen at snapshots from `since` on.
 */
export async function lostStrongLinksSince(
  db: Db,
  tenantId: string,
  domain: string,
  since: Date,
  minAuthority: number,
) {
  return db
    .select({
      id: backlinkChanges.id,
      date: backlinkChanges.date,
      takenAt: backlinkSnapshots.takenAt,
      refdomain: backlinkChanges.refdomain,
      sourceUrl: backlinkChanges.sourceUrl,
      authority: backlinkChanges.authority,
    })
    .from(backlinkChanges)
    .innerJoin(
      backlinkSnapshots,
      and(
        eq(backlinkSnapshots.id, backlinkChanges.snapshotId),
        eq(backlinkSnapshots.tenantId, tenantId),
      ),
    )
    .innerJoin(
      monitoredDomains,
      and(
        eq(monitoredDomains.id, backlinkSnapshots.monitorId),
        eq(monitoredDomains.tenantId, tenantId),
      ),
    )
    .where(
      and(
        eq(backlinkChanges.tenantId, tenantId),
        eq(monitoredDomains.domain, domain),
        eq(backlinkChanges.kind, "link"),
        eq(backlinkChanges.type, "lost"),
        eq(backlinkChanges.nofollow, false),
        gte(backlinkChanges.authority, minAuthority),
        gte(backlinkSnapshots.takenAt, since),
      ),
    )
    .orderBy(asc(backlinkSnapshots.takenAt), asc(backlinkChanges.refdomain))
    .limit(200);
}
