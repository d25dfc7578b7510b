import "server-only";
// What the Monitoring pages show: monitored domains with their latest snapshot, and one
// domain's snapshots (the charts), one snapshot's changes, and the lost links to follow up.
// The browser imports these types; the shapes are built here only.
import type { Db } from "@/lib/db/client";
import { listChanges, listLostLinks } from "@/lib/db/queries/backlink-changes";
import { listMonitors, listSnapshots } from "@/lib/db/queries/backlink-monitoring";
import type { BacklinkChangeRow, BacklinkSnapshot, MonitoredDomain } from "@/lib/db/schema";
import { dialectById } from "@/lib/seranking/dialects/registry";
import type { FollowUpStatus } from "@/lib/validations/monitoring";
import { HIGH_AUTHORITY } from "./link-keys";

/** Rows of changes sent per snapshot and of lost links: the strongest first. */
export const MAX_CHANGE_ROWS = 1000;

export type SnapshotView = Omit<BacklinkSnapshot, "tenantId" | "takenAt" | "finishedAt"> & {
  takenAt: string;
  finishedAt: string | null;
};

export interface MonitorView {
  id: string;
  domain: string;
  intervalDays: number;
  scheduleEnabled: boolean;
  nextSnapshotAt: string;
  latest: SnapshotView | null;
  running: SnapshotView | null;
}

export interface ChangeView {
  id: string;
  snapshotId: string;
  kind: "link" | "refdomain";
  type: "new" | "lost";
  date: string | null;
  refdomain: string;
  sourceUrl: string | null;
  targetUrl: string | null;
  anchorText: string | null;
  nofollow: boolean | null;
  authority: number | null;
  reason: string | null;
  /** A lost dofollow link from a high-authority source: worth getting back first. */
  highlighted: boolean;
  followUp: FollowUpStatus;
}

export interface MonitorDetail {
  monitor: MonitorView;
  /** Oldest first: the charts' order. */
  snapshots: SnapshotView[];
  /** The snapshot whose changes are listed (the latest finished one unless asked). */
  selected: SnapshotView | null;
  changes: ChangeView[];
  lostLinks: ChangeView[];
  /** What `authority` is: Trust Flow (provider-v3) or Domain Trust (data-v1). */
  authorityLabel: string;
  highAuthority: number;
}

const snapshotView = ({ tenantId: _t, ...s }: BacklinkSnapshot): SnapshotView => ({
  ...s,
  takenAt: s.takenAt.toISOString(),
  finishedAt: s.finishedAt?.toISOString() ?? null,
});

function monitorView(m: MonitoredDomain, snapshots: BacklinkSnapshot[]): MonitorView {
  const done = snapshots.filter((s) => s.status !== "running");
  const running = snapshots.find((s) => s.status === "running");
  return {
    id: m.id,
    domain: m.domain,
    intervalDays: m.intervalDays,
    scheduleEnabled: m.scheduleEnabled,
    nextSnapshotAt: m.nextSnapshotAt.toISOString(),
    latest: done.length > 0 ? snapshotView(done.at(-1)!) : null,
    running: running ? snapshotView(running) : null,
  };
}

function changeView(c: BacklinkChangeRow, followUp: string | null): ChangeView {
  return {
    id: c.id,
    snapshotId: c.snapshotId,
    kind: c.kind,
    type: c.type,
    date: c.date,
    refdomain: c.refdomain,
    sourceUrl: c.sourceUrl,
    targetUrl: c.targetUrl,
    anchorText: c.anchorText,
    nofollow: c.nofollow,
    authority: c.authority,
    reason: c.reason,
    highlighted:
      c.kind === "link" &&
      c.type === "lost" &&
      c.nofollow === false &&
      (c.authority ?? 0) >= HIGH_AUTHORITY,
    followUp: (followUp as FollowUpStatus | null) ?? "open",
  };
}

export async function monitorList(db: Db, tenantId: string): Promise<MonitorView[]> {
  const monitors = await listMonitors(db, tenantId);
  return Promise.all(
    monitors.map(async (m) => monitorView(m, await listSnapshots(db, tenantId, m.id))),
  );
}

export async function monitorDetail(
  db: Db,
  tenantId: string,
  monitor: MonitoredDomain,
  snapshotId?: string,
): Promise<MonitorDetail> {
  const snapshots = await listSnapshots(db, tenantId, monitor.id);
  const done = snapshots.filter((s) => s.status === "done");
  const selected = snapshotId ? done.find((s) => s.id === snapshotId) : done.at(-1);
  const changes = selected ? await listChanges(db, tenantId, selected.id) : [];
  const lost = await listLostLinks(
    db,
    tenantId,
    done.map((s) => s.id),
  );
  const dialect = (selected ?? snapshots.at(-1))?.dialect;
  return {
    monitor: monitorView(monitor, snapshots),
    snapshots: snapshots.map(snapshotView),
    selected: selected ? snapshotView(selected) : null,
    changes: changes.slice(0, MAX_CHANGE_ROWS).map((r) => changeView(r.change, r.followUp)),
    lostLinks: lost.slice(0, MAX_CHANGE_ROWS).map((r) => changeView(r.change, r.followUp)),
    authorityLabel: dialectById(dialect).metricLabels.trust,
    highAuthority: HIGH_AUTHORITY,
  };
}
