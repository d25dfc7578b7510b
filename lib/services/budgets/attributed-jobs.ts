import "server-only";
// Each priced job runs inside a usage scope, so every call it sends is recorded with its
// feature and who started it (the member, "api_token" for a run started through the public
// API, "schedule" for scheduled work). Wraps a handler; the handler itself is unchanged.
import type { Db } from "@/lib/db/client";
import { findExport } from "@/lib/db/queries/backlink-exports";
import { findGap } from "@/lib/db/queries/backlink-gaps";
import { findSnapshot } from "@/lib/db/queries/backlink-monitoring";
import { findRun as findCheckRun } from "@/lib/db/queries/keyword-checks";
import { findRun as findMetricsRun } from "@/lib/db/queries/prospect-runs";
import type { JobContext, JobHandler } from "@/lib/jobs/contract";
import type { PayloadOf, QueueName } from "@/lib/jobs/queues";
import { type BudgetFeature, type UsageActor, withUsageScope } from "./usage-scope";

type ActorOf<Q extends QueueName> = (payload: PayloadOf<Q>, db: Db) => Promise<UsageActor>;

export function attributed<Q extends QueueName>(
  feature: BudgetFeature,
  actorOf: ActorOf<Q>,
  handler: JobHandler<Q>,
): JobHandler<Q> {
  return async (payload, context: JobContext) => {
    const actor = await actorOf(payload, context.db);
    return withUsageScope({ feature, actor }, () => handler(payload, context));
  };
}

// A run with no member was started with an API token (the public API passes none).
const memberOrToken = (startedBy: string | null | undefined): UsageActor =>
  startedBy ?? "api_token";

export const metricsActor: ActorOf<"prospect-metrics"> = async (p, db) =>
  memberOrToken((await findMetricsRun(db, p.tenantId, p.runId))?.startedBy);

export const gapActor: ActorOf<"backlink-gap"> = async (p, db) =>
  memberOrToken((await findGap(db, p.tenantId, p.gapId))?.startedBy);

export const exportActor: ActorOf<"backlink-export"> = async (p, db) =>
  memberOrToken((await findExport(db, p.tenantId, p.exportId))?.startedBy);

// Manual snapshots and checks keep no member on their row: "member" says a person started it.
export const snapshotActor: ActorOf<"backlink-snapshot"> = async (p, db) =>
  (await findSnapshot(db, p.tenantId, p.snapshotId))?.trigger === "scheduled"
    ? "schedule"
    : "member";

export const checkActor: ActorOf<"keyword-check"> = async (p, db) =>
  (await findCheckRun(db, p.tenantId, p.projectId, p.runId))?.trigger === "scheduled"
    ? "schedule"
    : "member";
