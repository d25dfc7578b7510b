import "server-only";
// The alert queues: evaluate rules after something happened, send one delivery (retried with
// backoff on its own), and the daily digest tick.
import type { Db } from "@/lib/db/client";
import { activeRules } from "@/lib/db/queries/alerts";
import type { AlertRuleKind } from "@/lib/db/schema";
import { enqueue } from "@/lib/jobs/enqueue";
import type { PayloadOf } from "@/lib/jobs/queues";
import { defineHandler } from "@/lib/jobs/registry";
import { evaluateIntegration, evaluateUsage } from "./account-evaluation";
import { evaluateSnapshot } from "./backlink-evaluation";
import { enqueueStrandedDeliveries } from "./deliveries";
import { sendDigests } from "./digest";
import { evaluateKeywordRun } from "./keyword-evaluation";
import { attemptDelivery, giveUpDelivery } from "./send-delivery";

/** Retries after a failed delivery: 10 s, then doubling (about 5 minutes over all five). */
export const DELIVERY_RETRY_LIMIT = 5;
export const DELIVERY_RETRY_DELAY_SECONDS = 10;

type Source = PayloadOf<"alert-evaluate">["source"];

const SOURCE_KINDS: Record<Source, AlertRuleKind[]> = {
  "keyword-run": ["keyword_top_n", "keyword_drop", "competitor_overtake"],
  "backlink-snapshot": ["backlink_lost", "backlink_new"],
  integration: ["integration_attention"],
  usage: ["credits_low", "budget_reached"],
};

/**
 * Alerts are worked out in their own job, never in the work that triggered them, and only when
 * the workspace has a rule that reads this source (a workspace without alerts adds no jobs). One
 * queued evaluation per source is enough ("usage" comes after every SE Ranking call).
 */
export async function enqueueAlertEvaluation(
  db: Db,
  tenantId: string,
  source: Source,
  sourceId = tenantId,
) {
  if ((await activeRules(db, tenantId, SOURCE_KINDS[source])).length === 0) return null;
  return enqueue(
    db,
    "alert-evaluate",
    { tenantId, source, sourceId },
    { singletonKey: `${source}:${sourceId}` },
  );
}

/** Called when a keyword check run finished. */
export const enqueueKeywordRunAlerts = (db: Db, tenantId: string, runId: string) =>
  enqueueAlertEvaluation(db, tenantId, "keyword-run", runId);

export const alertEvaluateHandler = defineHandler(
  "alert-evaluate",
  async ({ tenantId, source, sourceId }, { db }) => {
    if (source === "keyword-run") await evaluateKeywordRun(db, tenantId, sourceId);
    else if (source === "backlink-snapshot") await evaluateSnapshot(db, tenantId, sourceId);
    else if (source === "integration") await evaluateIntegration(db, tenantId);
    else await evaluateUsage(db, tenantId);
  },
  { rules: { policy: "exclusive", retryLimit: 3, expireInSeconds: 600 } },
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
    await enqueueStrandedDeliveries(db);
    await sendDigests(db);
  },
  { rules: { policy: "exclusive", retryLimit: 1, expireInSeconds: 600 } },
);
