import "server-only";
// The one place that decides whether priced work may start: every starter (bulk metrics,
// backlink refresh, export, gap, snapshot, keyword check) asks here with its estimate, before
// any SE Ranking call. A member's request is refused with the figures; scheduled work is
// skipped whole and recorded, never half-run.
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { creditsSpent, findBudget, insertBudgetSkip } from "@/lib/db/queries/budgets";
import { judgeBudget, monthIn } from "./budget-month";
import type { BudgetFeature } from "./usage-scope";

export const FEATURE_LABELS: Record<BudgetFeature, string> = {
  bulk_metrics: "Bulk metrics run",
  backlink_refresh: "Backlink refresh",
  backlink_export: "Backlink export",
  gap: "Backlink gap analysis",
  monitoring_snapshot: "Monitoring snapshot",
  keyword_check: "Keyword check",
};

export interface BudgetStatus {
  /** "YYYY-MM" in the workspace's time zone. */
  month: string;
  timeZone: string;
  budget: number | null;
  spent: number;
  /** null without a budget. */
  left: number | null;
}

export async function budgetStatus(
  db: Db,
  tenantId: string,
  now: Date = new Date(),
): Promise<BudgetStatus> {
  const { budget, timeZone } = await findBudget(db, tenantId);
  const month = monthIn(now, timeZone);
  const spent = await creditsSpent(db, tenantId, month);
  return { month, timeZone, budget, spent, left: judgeBudget({ budget, spent, cost: 0 }).left };
}

export interface PricedWork {
  feature: BudgetFeature;
  /** Credits it spends at most (the estimate shown before it starts). */
  credits: number;
}

export function budgetExceeded(work: PricedWork, status: BudgetStatus): ApiError {
  const what = FEATURE_LABELS[work.feature];
  return new ApiError(
    "budget_exceeded",
    `${what} would cost up to ${work.credits} credits, but only ${status.left ?? 0} of this month's budget of ${status.budget} credits are left (months run in ${status.timeZone} time). An admin of this workspace can raise the monthly budget in Settings → Usage.`,
  );
}

/** Throws budget_exceeded (nothing started, nothing sent upstream) when the work would pass it. */
export async function requireBudget(
  db: Db,
  tenantId: string,
  work: PricedWork,
  now: Date = new Date(),
): Promise<void> {
  if (work.credits <= 0) return;
  const status = await budgetStatus(db, tenantId, now);
  if (!judgeBudget({ budget: status.budget, spent: status.spent, cost: work.credits }).allowed) {
    throw budgetExceeded(work, status);
  }
}

/**
 * For scheduled work: true when it fits; otherwise records the skip (the usage page lists it)
 * and answers false with the message the run should show, so the caller stops before any call.
 */
export async function scheduledWithinBudget(
  db: Db,
  tenantId: string,
  work: PricedWork & { subject: string },
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; message: string }> {
  if (work.credits <= 0) return { ok: true };
  const status = await budgetStatus(db, tenantId, now);
  if (judgeBudget({ budget: status.budget, spent: status.spent, cost: work.credits }).allowed) {
    return { ok: true };
  }
  await insertBudgetSkip(db, {
    tenantId,
    month: status.month,
    feature: work.feature,
    subject: work.subject,
    estimatedCredits: work.credits,
    creditsLeft: status.left ?? 0,
  });
  return { ok: false, message: `Skipped: ${budgetExceeded(work, status).message}` };
}
