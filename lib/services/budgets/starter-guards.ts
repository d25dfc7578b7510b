import "server-only";
// The budget checks of starters whose estimate is not already at hand: a backlink refresh (in
// the request itself) and a whole-list export. Both end in requireBudget, the one decision.
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { estimateBacklinkRefresh } from "@/lib/seranking/costs";
import { tenantDialect } from "@/lib/services/seranking/tenant-client";
import { budgetStatus, requireBudget } from "./budget-guard";
import { withUsageScope } from "./usage-scope";
import { estimateExportCredits } from "./work-estimates";

/**
 * Prices a "Refresh" (the summary, or the rows up to this page) and refuses it over budget;
 * answers a runner that records its calls as backlink_refresh.
 */
export async function refreshGuard(
  db: Db,
  tenantId: string,
  view: "summary" | { page: number; limit: number },
) {
  const dialect = await tenantDialect(db, tenantId);
  const credits =
    view === "summary"
      ? dialect.prices.summary
      : estimateBacklinkRefresh(dialect, view).credits - dialect.prices.summary;
  await requireBudget(db, tenantId, { feature: "backlink_refresh", credits });
  return <T>(work: () => Promise<T>) => withUsageScope({ feature: "backlink_refresh" }, work);
}

/** An export is priced by the list's size; unpriceable with a budget set, it is not started. */
export async function requireExportBudget(
  db: Db,
  tenantId: string,
  request: { domain: string; dofollow: boolean },
) {
  const credits = await estimateExportCredits(db, tenantId, request);
  if (credits === null) {
    if ((await budgetStatus(db, tenantId)).budget === null) return;
    throw new ApiError(
      "conflict",
      `This export cannot be priced against the monthly credit budget yet: open ${request.domain} on the Backlinks page first, so its size is known.`,
    );
  }
  await requireBudget(db, tenantId, { feature: "backlink_export", credits });
}

/** Retrying an export continues from its checkpoint: the rows not yet written are priced. */
export async function requireExportRetryBudget(
  db: Db,
  tenantId: string,
  row: { domain: string; dofollow: boolean; rowsWritten: number },
) {
  const whole = await estimateExportCredits(db, tenantId, row);
  if (whole === null) return; // its start was priced; the size is still unknown
  const dialect = await tenantDialect(db, tenantId);
  const left = Math.max(0, whole - row.rowsWritten * dialect.prices.backlinkRow);
  await requireBudget(db, tenantId, { feature: "backlink_export", credits: left });
}
