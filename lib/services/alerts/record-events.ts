import "server-only";
// The one place events enter: the unique (rule, dedupe key) index keeps only the new ones, and
// only those are delivered, so the same event never alerts twice however often it is evaluated.
import type { Db } from "@/lib/db/client";
import { insertNewEvents } from "@/lib/db/queries/alerts";
import type { AlertRule } from "@/lib/db/schema";
import { enqueueDeliveries, storeDeliveries } from "./deliveries";

export interface NewAlertEvent {
  dedupeKey: string;
  title: string;
  details: Record<string, unknown>;
  occurredAt: Date;
}

/** Records a rule's events; instant rules deliver the new ones now, digest rules wait for the tick. */
export async function recordEvents(db: Db, rule: AlertRule, events: NewAlertEvent[]) {
  if (events.length === 0) return [];
  // Events and their deliveries commit together: an event is never stored without them.
  const { fresh, deliveries } = await db.transaction(async (tx) => {
    const fresh = await insertNewEvents(
      tx as unknown as Db,
      events.map((e) => ({ ...e, tenantId: rule.tenantId, ruleId: rule.id })),
    );
    const deliveries =
      rule.frequency === "instant"
        ? await storeDeliveries(tx as unknown as Db, rule, fresh, "alert")
        : [];
    return { fresh, deliveries };
  });
  await enqueueDeliveries(db, deliveries);
  return fresh;
}
