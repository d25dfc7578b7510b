import "server-only";
// Daily digests: each digest rule's waiting events go out as one message per channel. Claiming
// the events (digestedAt) and storing the deliveries commit together, so a re-run tick sends
// nothing twice and a crash between the two sends nothing lost.
import type { Db } from "@/lib/db/client";
import {
  digestRulesWaiting,
  findRule,
  markDigested,
  pendingDigestEvents,
} from "@/lib/db/queries/alerts";
import { enqueueDeliveries, storeDeliveries } from "./deliveries";

export async function sendDigests(db: Db, now = new Date()): Promise<number> {
  let sent = 0;
  for (const { tenantId, ruleId } of await digestRulesWaiting(db)) {
    const rule = await findRule(db, tenantId, ruleId);
    if (rule?.frequency !== "digest") continue;
    const deliveries = await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const waiting = await pendingDigestEvents(t, ruleId);
      const claimed = await markDigested(
        t,
        waiting.map((e) => e.id),
        now,
      );
      return rule.enabled ? storeDeliveries(t, rule, claimed, "digest", now) : [];
    });
    await enqueueDeliveries(db, deliveries);
    sent += deliveries.length;
  }
  return sent;
}
