import "server-only";
// What a button's work would cost now, and what the budget leaves: the note shown beside
// "Export all backlinks", "Refresh now" and "Check now" before they are clicked. The same
// estimates the starters check against the budget (work-estimates.ts).
import { notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { findProject } from "@/lib/db/queries/keyword-projects";
import type { CostQuery } from "@/lib/validations/budget";
import { requireMonitor } from "../monitoring/monitor-service";
import { budgetStatus } from "./budget-guard";
import {
  estimateExportCredits,
  estimateKeywordCheckCredits,
  estimateSnapshotCredits,
} from "./work-estimates";

export interface CostNoteView {
  /** Credits the work spends at most; null when it cannot be priced yet. */
  credits: number | null;
  /** Credits left this month; null without a budget. */
  left: number | null;
}

async function creditsOf(db: Db, tenantId: string, query: CostQuery): Promise<number | null> {
  switch (query.kind) {
    case "backlink-export":
      return estimateExportCredits(db, tenantId, {
        domain: query.domain,
        dofollow: query.dofollow === "true",
      });
    case "monitoring-snapshot": {
      const monitor = await requireMonitor(db, tenantId, query.monitorId);
      return estimateSnapshotCredits(
        db,
        tenantId,
        { monitorId: monitor.id, id: "" },
        monitor.domain,
      );
    }
    case "keyword-check":
      if (!(await findProject(db, tenantId, query.projectId)))
        throw notFound("This tracked domain");
      return estimateKeywordCheckCredits(db, tenantId, query.projectId);
  }
}

export async function costNote(db: Db, tenantId: string, query: CostQuery): Promise<CostNoteView> {
  const [credits, status] = await Promise.all([
    creditsOf(db, tenantId, query),
    budgetStatus(db, tenantId),
  ]);
  return { credits, left: status.left };
}
