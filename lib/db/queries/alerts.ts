import { and, asc, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  type AlertRuleKind,
  alertDeliveries,
  alertEndpoints,
  alertEvents,
  alertRules,
  backlinkChanges,
  keywordEvents,
  trackedKeywords,
} from "../schema";

type RuleInsert = typeof alertRules.$inferInsert;
type EndpointInsert = typeof alertEndpoints.$inferInsert;
type EventInsert = typeof alertEvents.$inferInsert;
type DeliveryInsert = typeof alertDeliveries.$inferInsert;

export const listRules = (db: Db, tenantId: string) =>
  db
    .select()
    .from(alertRules)
    .where(eq(alertRules.tenantId, tenantId))
    .orderBy(asc(alertRules.createdAt));

/** The enabled rules of these kinds (what one evaluation reads). */
export const activeRules = (db: Db, tenantId: string, kinds: AlertRuleKind[]) =>
  db
    .select()
    .from(alertRules)
    .where(
      and(
        eq(alertRules.tenantId, tenantId),
        eq(alertRules.enabled, true),
        inArray(alertRules.kind, kinds),
      ),
    );

export async function findRule(db: Db, tenantId: string, ruleId: string) {
  const [row] = await db
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.tenantId, tenantId), eq(alertRules.id, ruleId)));
  return row ?? null;
}

export async function insertRule(db: Db, values: RuleInsert) {
  const [row] = await db.insert(alertRules).values(values).returning();
  return row!;
}

export async function updateRule(
  db: Db,
  tenantId: string,
  ruleId: string,
  values: Partial<RuleInsert>,
) {
  const [row] = await db
    .update(alertRules)
    .set(values)
    .where(and(eq(alertRules.tenantId, tenantId), eq(alertRules.id, ruleId)))
    .returning();
  return row ?? null;
}

export async function deleteRule(db: Db, tenantId: string, ruleId: string) {
  const rows = await db
    .delete(alertRules)
    .where(and(eq(alertRules.tenantId, tenantId), eq(alertRules.id, ruleId)))
    .returning({ id: alertRules.id });
  return rows.length > 0;
}

export const listEndpoints = (db: Db, tenantId: string) =>
  db
    .select()
    .from(alertEndpoints)
    .where(eq(alertEndpoints.tenantId, tenantId))
    .orderBy(asc(alertEndpoints.createdAt));

export async function findEndpoint(db: Db, tenantId: string, endpointId: string) {
  const [row] = await db
    .select()
    .from(alertEndpoints)
    .where(and(eq(alertEndpoints.tenantId, tenantId), eq(alertEndpoints.id, endpointId)));
  return row ?? null;
}

export async function insertEndpoint(db: Db, values: EndpointInsert) {
  const [row] = await db.insert(alertEndpoints).values(values).returning();
  return row!;
}

export async function deleteEndpoint(db: Db, tenantId: string, endpointId: string) {
  const rows = await db
    .delete(alertEndpoints)
    .where(and(eq(alertEndpoints.tenantId, tenantId), eq(alertEndpoints.id, endpointId)))
    .returning({ id: alertEndpoints.id });
  if (rows.length === 0) return false;
  // Rules stop naming it, so they never try to deliver to an endpoint that is gone.
  await db
    .update(alertRules)
    .set({ endpointIds: sql`array_remove(${alertRules.endpointIds}, ${endpointId}::uuid)` })
    .where(eq(alertRules.tenantId, tenantId));
  return true;
}

/** Inserts the events a rule has not recorded yet and answers only those (the dedupe). */
export async function insertNewEvents(db: Db, rows: EventInsert[]) {
  if (rows.length === 0) return [];
  return db.insert(alertEvents).values(rows).onConflictDoNothing().returning();
}

export const pendingDigestEvents = (db: Db, ruleId: string) =>
  db
    .select()
    .from(alertEvents)
    .where(and(eq(alertEvents.ruleId, ruleId), isNull(alertEvents.digestedAt)))
    .orderBy(asc(alertEvents.occurredAt));

/** Claims events for one digest: only the ones no other digest claimed first. */
export async function markDigested(db: Db, ids: string[], at: Date) {
  if (ids.length === 0) return [];
  return db
    .update(alertEvents)
    .set({ digestedAt: at })
    .where(and(inArray(alertEvents.id, ids), isNull(alertEvents.digestedAt)))
    .returning();
}

export async function insertDeliveries(db: Db, rows: DeliveryInsert[]) {
  if (rows.length === 0) return [];
  return db.insert(alertDeliveries).values(rows).returning();
}

export async function findDelivery(db: Db, tenantId: string, deliveryId: string) {
  const [row] = await db
    .select()
    .from(alertDeliveries)
    .where(and(eq(alertDeliveries.tenantId, tenantId), eq(alertDeliveries.id, deliveryId)));
  return row ?? null;
}

export async function updateDelivery(db: Db, deliveryId: string, values: Partial<DeliveryInsert>) {
  await db
    .update(alertDeliveries)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(alertDeliveries.id, deliveryId));
}

export async function markEnqueued(db: Db, deliveryId: string) {
  await db
    .update(alertDeliveries)
    .set({ enqueuedAt: new Date() })
    .where(eq(alertDeliveries.id, deliveryId));
}

/** Pending deliveries whose job was never sent (the process died after their rows committed). */
export const strandedDeliveries = (db: Db, createdBefore: Date) =>
  db
    .select({ id: alertDeliveries.id, tenantId: alertDeliveries.tenantId })
    .from(alertDeliveries)
    .where(
      and(
        eq(alertDeliveries.status, "pending"),
        isNull(alertDeliveries.enqueuedAt),
        lt(alertDeliveries.createdAt, createdBefore),
      ),
    )
    .limit(1000);

export const listDeliveries = (db: Db, tenantId: string, limit = 50) =>
  db
    .select()
    .from(alertDeliveries)
    .where(eq(alertDeliveries.tenantId, tenantId))
    .orderBy(desc(alertDeliveries.createdAt))
    .limit(limit);

/** Digest rules with events still waiting (the daily tick's work). */
export const digestRulesWaiting = (db: Db) =>
  db
    .selectDistinct({ tenantId: alertRules.tenantId, ruleId: alertRules.id })
    .from(alertRules)
    .innerJoin(alertEvents, eq(alertEvents.ruleId, alertRules.id))
    .where(and(eq(alertRules.frequency, "digest"), isNull(alertEvents.digestedAt)));

/** A run's competitor overtakes, with the keyword's text. */
export const runOvertakes = (db: Db, tenantId: string, runId: string) =>
  db
    .select({ event: keywordEvents, keyword: trackedKeywords.keyword })
    .from(keywordEvents)
    .innerJoin(trackedKeywords, eq(trackedKeywords.id, keywordEvents.keywordId))
    .where(
      and(
        eq(keywordEvents.tenantId, tenantId),
        eq(keywordEvents.runId, runId),
        eq(keywordEvents.kind, "competitor_overtook"),
      ),
    );

/** A snapshot's dofollow link changes (new and lost), with the linking domain's authority. */
export const snapshotLinkChanges = (db: Db, tenantId: string, snapshotId: string) =>
  db
    .select()
    .from(backlinkChanges)
    .where(
      and(
        eq(backlinkChanges.tenantId, tenantId),
        eq(backlinkChanges.snapshotId, snapshotId),
        eq(backlinkChanges.kind, "link"),
        eq(backlinkChanges.nofollow, false),
      ),
    );
