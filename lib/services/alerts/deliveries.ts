import "server-only";
// Turns new events into deliveries: one row and one job per channel (each email address, each
// endpoint), so a failing endpoint is retried on its own and never holds up the others.
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import {
  insertDeliveries,
  listEndpoints,
  markEnqueued,
  strandedDeliveries,
} from "@/lib/db/queries/alerts";
import { type AlertEvent, type AlertRule, tenants } from "@/lib/db/schema";
import { enqueue } from "@/lib/jobs/enqueue";
import { alertPayload } from "./payload";

export async function workspaceOf(db: Db, tenantId: string) {
  const [row] = await db
    .select({ slug: tenants.slug, name: tenants.name })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row ?? { slug: "", name: "Workspace" };
}

/** Stores the deliveries of one alert (or digest) of a rule; the caller enqueues them. */
export async function storeDeliveries(
  db: Db,
  rule: AlertRule,
  events: AlertEvent[],
  type: "alert" | "digest",
  now = new Date(),
) {
  if (events.length === 0) return [];
  const payload = alertPayload({
    type,
    workspace: await workspaceOf(db, rule.tenantId),
    rule,
    events,
    now,
  });
  const endpoints = (await listEndpoints(db, rule.tenantId)).filter((e) =>
    rule.endpointIds.includes(e.id),
  );
  const base = { tenantId: rule.tenantId, ruleId: rule.id, kind: type, status: "pending" as const };
  const rows = await insertDeliveries(db, [
    ...rule.emailTo.map((to) => ({
      ...base,
      channel: "email" as const,
      target: to,
      payload: { ...payload },
    })),
    ...endpoints.map((e) => ({
      ...base,
      channel: "webhook" as const,
      endpointId: e.id,
      target: `${e.name} (${e.urlHint})`,
      payload: { ...payload },
    })),
  ]);
  return rows;
}

export async function enqueueDeliveries(db: Db, rows: { id: string; tenantId: string }[]) {
  for (const row of rows) {
    await enqueue(db, "alert-delivery", { tenantId: row.tenantId, deliveryId: row.id });
    await markEnqueued(db, row.id);
  }
}

/** A delivery this old without its job was stranded, not merely waiting for the enqueue. */
export const STRANDED_AFTER_MS = 5 * 60_000;

/** Enqueues the deliveries a crash left between commit and enqueue (the hourly tick calls it). */
export async function enqueueStrandedDeliveries(db: Db, now = new Date()) {
  const rows = await strandedDeliveries(db, new Date(now.getTime() - STRANDED_AFTER_MS));
  await enqueueDeliveries(db, rows);
  return rows.length;
}
