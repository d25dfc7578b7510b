import "server-only";
// After a monitoring snapshot: dofollow links lost (or new) from domains with at least the rule's
// authority. Each change row is one occurrence, so a snapshot evaluated again alerts nothing new.
import type { Db } from "@/lib/db/client";
import { activeRules, snapshotLinkChanges } from "@/lib/db/queries/alerts";
import { findMonitor, findSnapshot } from "@/lib/db/queries/backlink-monitoring";
import type { AlertRule } from "@/lib/db/schema";
import type { NewAlertEvent } from "./record-events";
import { recordEvents } from "./record-events";

type Change = Awaited<ReturnType<typeof snapshotLinkChanges>>[number];

/** The changes one backlink rule alerts on (pure). */
export function backlinkRuleEvents(
  rule: Pick<AlertRule, "kind" | "params">,
  changes: Change[],
  ctx: { domain: string; at: Date },
): NewAlertEvent[] {
  const type = rule.kind === "backlink_lost" ? "lost" : "new";
  const min = rule.params.minAuthority ?? 0;
  return changes
    .filter((c) => c.type === type && !c.nofollow && (c.authority ?? -1) >= min)
    .map((c) => ({
      dedupeKey: `change:${c.id}`,
      title: `${type === "lost" ? "Lost" : "New"} dofollow link to ${ctx.domain} from ${c.refdomain} (authority ${c.authority})`,
      details: {
        domain: ctx.domain,
        refdomain: c.refdomain,
        sourceUrl: c.sourceUrl,
        targetUrl: c.targetUrl,
        authority: c.authority,
        reason: c.reason,
      },
      occurredAt: ctx.at,
    }));
}

export async function evaluateSnapshot(db: Db, tenantId: string, snapshotId: string) {
  const snapshot = await findSnapshot(db, tenantId, snapshotId);
  if (snapshot?.status !== "done") return;
  const rules = await activeRules(db, tenantId, ["backlink_lost", "backlink_new"]);
  if (rules.length === 0) return;
  const monitor = await findMonitor(db, tenantId, snapshot.monitorId);
  if (!monitor) return;
  const changes = await snapshotLinkChanges(db, tenantId, snapshotId);
  const ctx = { domain: monitor.domain, at: snapshot.takenAt };
  for (const rule of rules) await recordEvents(db, rule, backlinkRuleEvents(rule, changes, ctx));
}
