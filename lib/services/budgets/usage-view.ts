import "server-only";
import type { Db } from "@/lib/db/client";
// The usage page's one shape: this month's spend against the budget, credits by feature, by
// member and by month (for the chart), and the scheduled work the budget skipped.
import { writeAudit } from "@/lib/db/queries/audit";
import { listBudgetSkips, memberNames, saveBudget, usageRows } from "@/lib/db/queries/budgets";
import type { BudgetUpdate } from "@/lib/validations/budget";
import { budgetStatus, FEATURE_LABELS } from "./budget-guard";
import type { BudgetFeature } from "./usage-scope";

/** Months the chart shows, this one included. */
export const CHART_MONTHS = 6;

export interface UsageLine {
  key: string;
  label: string;
  calls: number;
  credits: number;
}

export interface UsageView {
  month: string;
  timeZone: string;
  budget: number | null;
  spent: number;
  left: number | null;
  byFeature: UsageLine[];
  byMember: UsageLine[];
  /** Oldest first; `features` holds credits per feature label for the stacked chart. */
  byMonth: { month: string; credits: number; features: Record<string, number> }[];
  featureLabels: string[];
  skipped: { subject: string; estimatedCredits: number; creditsLeft: number; at: string }[];
}

const OTHER_LABELS: Record<string, string> = {
  backlinks: "Backlink browsing",
  prospects: "Prospect metrics",
  keywords: "Keyword data",
  key_check: "Key checks",
  other: "Other",
};

export const featureLabel = (feature: string) =>
  FEATURE_LABELS[feature as BudgetFeature] ?? OTHER_LABELS[feature] ?? feature;

function actorLabel(actor: string, names: Map<string, string>): string {
  if (actor === "schedule") return "Schedule";
  if (actor === "api_token") return "API tokens";
  if (actor === "member") return "A member (manual run)";
  if (actor === "") return "Not recorded";
  return names.get(actor) ?? "Former member";
}

/** "YYYY-MM" `n` months before `month`. */
export function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function sumBy(rows: { calls: number; credits: number }[], keyOf: (r: never) => string) {
  const lines = new Map<string, { calls: number; credits: number }>();
  for (const r of rows) {
    const key = keyOf(r as never);
    const line = lines.get(key) ?? { calls: 0, credits: 0 };
    line.calls += r.calls;
    line.credits += r.credits;
    lines.set(key, line);
  }
  return lines;
}

export async function usageView(db: Db, tenantId: string, now = new Date()): Promise<UsageView> {
  const status = await budgetStatus(db, tenantId, now);
  const from = monthsBefore(status.month, CHART_MONTHS - 1);
  const [rows, names, skips] = await Promise.all([
    usageRows(db, tenantId, from),
    memberNames(db, tenantId),
    listBudgetSkips(db, tenantId, status.month),
  ]);
  const current = rows.filter((r) => r.month === status.month);
  const lines = (
    map: Map<string, { calls: number; credits: number }>,
    label: (k: string) => string,
  ) =>
    [...map.entries()]
      .map(([key, v]) => ({ key, label: label(key), ...v }))
      .sort((a, b) => b.credits - a.credits || a.label.localeCompare(b.label));
  const byFeature = lines(
    sumBy(current, (r: { feature: string }) => r.feature),
    featureLabel,
  );
  const byMember = lines(
    sumBy(current, (r: { actor: string }) => r.actor),
    (a) => actorLabel(a, names),
  );
  const byMonth = Array.from({ length: CHART_MONTHS }, (_, i) => {
    const month = monthsBefore(status.month, CHART_MONTHS - 1 - i);
    const features: Record<string, number> = {};
    let credits = 0;
    for (const r of rows.filter((x) => x.month === month)) {
      const label = featureLabel(r.feature);
      features[label] = (features[label] ?? 0) + r.credits;
      credits += r.credits;
    }
    return { month, credits, features };
  });
  const featureLabels = [...new Set(byMonth.flatMap((m) => Object.keys(m.features)))].sort();
  return {
    ...status,
    byFeature,
    byMember,
    byMonth,
    featureLabels,
    skipped: skips.map((s) => ({
      subject: s.subject,
      estimatedCredits: s.estimatedCredits,
      creditsLeft: s.creditsLeft,
      at: s.createdAt.toISOString(),
    })),
  };
}

/** An admin sets (or clears) the budget; the change is on the audit trail. */
export async function updateBudget(
  db: Db,
  tenantId: string,
  userId: string,
  input: BudgetUpdate,
): Promise<UsageView> {
  await saveBudget(db, tenantId, input.monthlyCreditBudget);
  await writeAudit(db, tenantId, {
    actorUserId: userId,
    action: "budget.update",
    target: "monthly credit budget",
    details: { monthlyCreditBudget: input.monthlyCreditBudget },
  });
  return usageView(db, tenantId);
}
