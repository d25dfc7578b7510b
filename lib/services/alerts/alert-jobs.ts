import "server-only";
// The alert queues: evaluate rules after something happened, send one delivery (retried with
// backoff on its own), and the daily digest tick.
import type { Db } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { defineHandler } from "@/lib/jobs/registry";
import { sendDigests } from "./digest";
import { evaluateKeywordRun } from "./keyword-evaluation";
import { attemptDelivery, giveUpDelivery } from "./send-delivery";

/** Retries after a failed delivery: 10 s, then doubling (about 5 minutes over all five). */
export const DELIVERY_RETRY_LIMIT = 5;
export const DELIVERY_RETRY_DELAY_SECONDS = 10;

/** Called when a keyword check run finished: its alerts are worked out in their own job. */
export function enqueueKeywordRunAlerts(db: Db, tenantId: string, runId: string) {
  return enqueue(db, "alert-evaluate", { tenantId, source: "keyword-run", sourceId: runId });
}

export const alertEvaluateHandler = defineHandler(
  "alert-evaluate",
  async ({ tenantId, source, sourceId }, { db }) => {
    if (source === "keyword-run") await evaluateKeywordRun(db, tenantId, sourceId);
  },
  { rules: { retryLimit: 3, expireInSeconds: 600 } },
);

export const alertDeliveryHandler = defineHandler(
  "alert-delivery",
  async ({ tenantId, deliveryId }, { db }) => {
    await attemptDelivery(db, tenantId, deliveryId);
  },
  {
    onGiveUp: ({ tenantId, deliveryId }, { db }) => giveUpDelivery(db, tenantId, deliveryId),
    rules: {
      retryLimit: DELIVERY_RETRY_LIMIT,
      retryDelaySeconds: DELIVERY_RETRY_DELAY_SECONDS,
      expireInSeconds: 120,
      localConcurrency: 4,
    },
  },
);

export const alertDigestsDueHandler = defineHandler(
  "alert-digests-due",
  async (_payload, { db }) => {
    await sendDigests(db);
  },
  { rules: { policy: "exclusive", retryLimit: 1, expireInSeconds: 600 } },
);
