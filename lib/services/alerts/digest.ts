import "server-only";
// Daily digests: each digest rule's waiting events go out as one message per channel, at 08:00
// in the workspace's time zone. Claiming
// the events (digestedAt) and storing the deliveries commit together, so a re-run tick sends
// nothing twice and a crash between the two sends nothing lost.
import type { Db } from "@/lib/db/client";
import {
  digestRulesWaiting,
  findRule,
  markDigested,
  pendingDigestEvents,
} from "@/lib/db/queries/alerts";
import { tenantTimeZone } from "@/lib/db/queries/seranking-usage";
import { enqueueDeliveries, storeDeliveries } from "./deliveries";

/** Digests go out at this hour of the workspace's own day (its time zone). */
export const DIGEST_HOUR = 8;

/** The hour (0–23) it is in `timeZone` at `now`. */
export function localHour(now: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" })
    .formatToParts(now)
    .find((p) => p.type === "hour")?.value;
  return Number(hour ?? 0);
}

/** Runs every hour: the workspaces where it is now DIGEST_HOUR get their digests. */
export async function sendDigests(db: Db, now = new Date()): Promise<number> {
  let sent = 0;
  const zones = new Map<string, string>();
  for (const { tenantId, ruleId } of await digestRulesWaiting(db)) {
    if (!zones.has(tenantId)) zones.set(tenantId, await tenantTimeZone(db, tenantId));
    if (localHour(now, zones.get(tenantId)!) !== DIGEST_HOUR) continue;
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
