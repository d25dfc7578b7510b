import "server-only";
// Monitored domains: add (and take the first snapshot), change the schedule, "Refresh now",
// stop monitoring, and the schedule's tick. A manual refresh is extra: the weekly snapshot keeps
// its time (as a keyword "Check now" never moves the daily check).
import { ApiError, isUniqueViolation, notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import {
  claimDueMonitor,
  deleteMonitor,
  findMonitor,
  finishSnapshot,
  insertMonitor,
  insertSnapshot,
  listSnapshots,
  updateMonitor,
} from "@/lib/db/queries/backlink-monitoring";
import { findIntegration } from "@/lib/db/queries/integrations";
import type { BacklinkSnapshot, MonitoredDomain } from "@/lib/db/schema";
import { enqueue } from "@/lib/jobs/enqueue";
import { requireBudget } from "@/lib/services/budgets/budget-guard";
import { estimateSnapshotCredits } from "@/lib/services/budgets/work-estimates";
import {
  notConnected,
  requireBacklinkApi,
  tenantDialect,
} from "@/lib/services/seranking/tenant-client";

export type Clock = () => Date;
const systemClock: Clock = () => new Date();

const DAY_MS = 86_400_000;

export function enqueueSnapshot(
  db: Db,
  snapshot: Pick<BacklinkSnapshot, "tenantId" | "monitorId" | "id">,
) {
  return enqueue(
    db,
    "backlink-snapshot",
    { tenantId: snapshot.tenantId, monitorId: snapshot.monitorId, snapshotId: snapshot.id },
    { singletonKey: snapshot.id },
  );
}

export async function requireMonitor(db: Db, tenantId: string, monitorId: string) {
  const monitor = await findMonitor(db, tenantId, monitorId);
  if (!monitor) throw notFound("This monitored domain");
  return monitor;
}

async function requireBacklinks(db: Db, tenantId: string) {
  if (!(await findIntegration(db, tenantId))?.apiKey) throw notConnected();
  await requireBacklinkApi(db, tenantId);
}

/**
 * Takes a snapshot now: records it running and enqueues its job. When one is already running
 * (a colleague, the schedule), that one is answered instead of starting a second.
 */
export async function refreshNow(
  db: Db,
  tenantId: string,
  monitor: MonitoredDomain,
  now: Date = new Date(),
): Promise<{ snapshot: BacklinkSnapshot; started: boolean }> {
  await requireBacklinks(db, tenantId);
  const credits = await estimateSnapshotCredits(
    db,
    tenantId,
    { monitorId: monitor.id, id: "" },
    monitor.domain,
  );
  await requireBudget(db, tenantId, { feature: "monitoring_snapshot", credits });
  let snapshot: BacklinkSnapshot;
  try {
    snapshot = await insertSnapshot(db, tenantId, {
      monitorId: monitor.id,
      trigger: "manual",
      status: "running",
      dialect: (await tenantDialect(db, tenantId)).id,
      takenAt: now,
      asOf: now.toISOString().slice(0, 10),
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const running = (await listSnapshots(db, tenantId, monitor.id)).find(
      (s) => s.status === "running",
    );
    if (!running) throw error;
    return { snapshot: running, started: false };
  }
  try {
    await enqueueSnapshot(db, snapshot);
  } catch (error) {
    await finishSnapshot(db, tenantId, snapshot.id, {
      status: "failed",
      error: "The snapshot could not be queued; try again.",
    });
    throw error;
  }
  return { snapshot, started: true };
}

/** Starts monitoring a domain and takes its first snapshot (the baseline) at once. */
export async function addMonitor(
  db: Db,
  tenantId: string,
  input: { domain: string; intervalDays: number },
  now: Date = new Date(),
) {
  await requireBacklinks(db, tenantId);
  let monitor: MonitoredDomain;
  try {
    monitor = await insertMonitor(db, tenantId, {
      ...input,
      nextSnapshotAt: new Date(now.getTime() + input.intervalDays * DAY_MS),
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ApiError("conflict", `${input.domain} is already monitored.`);
  }
  const { snapshot } = await refreshNow(db, tenantId, monitor, now);
  return { monitor, snapshot };
}

/** A new interval counts from now; pausing keeps the time, resuming starts from now. */
export async function updateSchedule(
  db: Db,
  tenantId: string,
  monitor: MonitoredDomain,
  input: { intervalDays?: number; scheduleEnabled?: boolean },
  now: Date = new Date(),
) {
  const interval = input.intervalDays ?? monitor.intervalDays;
  const restart =
    input.intervalDays !== undefined || (input.scheduleEnabled && !monitor.scheduleEnabled);
  return updateMonitor(db, tenantId, monitor.id, {
    ...input,
    ...(restart && { nextSnapshotAt: new Date(now.getTime() + interval * DAY_MS) }),
  });
}

export async function removeMonitor(db: Db, tenantId: string, monitorId: string) {
  if (!(await deleteMonitor(db, tenantId, monitorId))) throw notFound("This monitored domain");
}

/**
 * The schedule's tick (the backlink-snapshots-due job): claims every due monitor and enqueues
 * one snapshot each. Safe on several instances: each due snapshot is claimed by exactly one.
 */
export async function claimDueSnapshots(
  db: Db,
  { clock = systemClock, limit = 200 }: { clock?: Clock; limit?: number } = {},
): Promise<{ queued: number }> {
  let queued = 0;
  let conflicts = 0;
  const dialectOf = async (tenantId: string, tx: Db) => (await tenantDialect(tx, tenantId)).id;
  while (queued < limit && conflicts < 5) {
    let claimed: Awaited<ReturnType<typeof claimDueMonitor>>;
    try {
      claimed = await claimDueMonitor(db, clock(), dialectOf);
    } catch (error) {
      // A manual refresh started between the check and the insert: that one is being taken.
      if (isUniqueViolation(error)) {
        conflicts++;
        continue;
      }
      throw error;
    }
    if (!claimed) break;
    await enqueueSnapshot(db, claimed.snapshot);
    queued++;
  }
  return { queued };
}
