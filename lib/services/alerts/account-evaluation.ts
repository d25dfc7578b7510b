import "server-only";
// Workspace-wide rules: the SE Ranking key needs attention, credits left in the monthly budget
// fall below a threshold, the budget is reached. Each occurs once per episode (a key connection,
// a month), so repeated failures or calls alert once.
import type { Db } from "@/lib/db/client";
import { activeRules } from "@/lib/db/queries/alerts";
import { findIntegration } from "@/lib/db/queries/integrations";
import type { AlertRule } from "@/lib/db/schema";
import { budgetStatus } from "@/lib/services/budgets/budget-guard";
import { readMetadata } from "@/lib/services/seranking/integration-metadata";
import type { NewAlertEvent } from "./record-events";
import { recordEvents } from "./record-events";

export async function evaluateIntegration(db: Db, tenantId: string, now = new Date()) {
  const rules = await activeRules(db, tenantId, ["integration_attention"]);
  if (rules.length === 0) return;
  const row = await findIntegration(db, tenantId);
  if (!row) return;
  const metadata = readMetadata(row.metadata);
  if (metadata.status !== "needs_attention") return;
  // One episode per connection and verification: a re-verified (or new) key can alert again.
  const episode = `${metadata.connectedAt ?? "key"}:${metadata.verifiedAt ?? ""}`;
  const event: NewAlertEvent = {
    dedupeKey: `attention:${episode}`,
    title:
      "The SE Ranking key needs attention: an admin must reconnect it in Settings → Integrations",
    // lastError is SE Ranking's wording about the key; the key itself is never stored here.
    details: { lastError: metadata.lastError ?? null },
    occurredAt: now,
  };
  for (const rule of rules) await recordEvents(db, rule, [event]);
}

/** The budget events one rule sees this month (pure). */
export function creditRuleEvents(
  rule: Pick<AlertRule, "kind" | "params">,
  status: { month: string; budget: number | null; spent: number; left: number | null },
  now: Date,
): NewAlertEvent[] {
  if (status.budget === null || status.left === null) return [];
  const details = {
    month: status.month,
    budget: status.budget,
    spent: status.spent,
    left: status.left,
  };
  if (rule.kind === "budget_reached" && status.left <= 0) {
    return [
      {
        dedupeKey: `budget-reached:${status.month}`,
        title: `The monthly credit budget is reached (${status.spent} of ${status.budget} credits in ${status.month})`,
        details,
        occurredAt: now,
      },
    ];
  }
  const below = rule.params.creditsBelow;
  if (rule.kind === "credits_low" && below !== undefined && status.left < below) {
    return [
      {
        dedupeKey: `credits-below-${below}:${status.month}`,
        title: `Fewer than ${below} credits left in this month's budget (${status.left} left)`,
        details: { ...details, creditsBelow: below },
        occurredAt: now,
      },
    ];
  }
  return [];
}

export async function evaluateUsage(db: Db, tenantId: string, now = new Date()) {
  const rules = await activeRules(db, tenantId, ["credits_low", "budget_reached"]);
  if (rules.length === 0) return;
  const status = await budgetStatus(db, tenantId, now);
  for (const rule of rules) await recordEvents(db, rule, creditRuleEvents(rule, status, now));
}
