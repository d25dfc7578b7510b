import "server-only";
// What the Monitoring pages show: monitored domains with their latest snapshot, and one
// domain's snapshots (the charts), one snapshot's changes, and the lost links to follow up.
// The browser imports these types; the shapes are built here only.
import type { Db } from "@/lib/db/client";
import { countLostLinks, listChanges, listLostLinks } from "@/lib/db/queries/backlink-changes";
import { listMonitors, listSnapshots } from "@/lib/db/queries/backlink-monitoring";
import type { BacklinkChangeRow, BacklinkSnapshot, MonitoredDomain } from "@/lib/db/schema";
import { dialectById } from "@/lib/seranking/dialects/registry";
import type { FollowUpStatus } from "@/lib/validations/monitoring";
import { HIGH_AUTHORITY } from "./link-keys";

/** Rows sent per kind and type of a snapshot's changes, and of lost links: the strongest first. */
export const MAX_CHANGE_ROWS = 1000;

/** The four lists of a snapshot's changes. */
export const CHANGE_LISTS = [
  { kind: "link", type: "new", count: "newBacklinks" },
  { kind: "link", type: "lost", count: "lostBacklinks" },
  { kind: "refdomain", type: "new", count: "newRefdomains" },
  { kind: "refdomain", type: "lost", count: "lostRefdomains" },
] as const;

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
  /** Up to MAX_CHANGE_ROWS of each kind and type; the full counts are the snapshot's own. */
  changes: ChangeView[];
  lostLinks: ChangeView[];
  /** Every lost link of the monitor: more than `lostLinks` holds when the list was cut. */
  lostLinksTotal: number;
  maxRows: number;
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
  // Cut per kind and type: one cut across all four would leave the smaller lists short.
  const changes = selected
    ? (
        await Promise.all(
          CHANGE_LISTS.map(({ kind, type }) =>
            listChanges(db, tenantId, selected.id, { kind, type, limit: MAX_CHANGE_ROWS }),
          ),
        )
      ).flat()
    : [];
  const doneIds = done.map((s) => s.id);
  const [lost, lostLinksTotal] = await Promise.all([
    listLostLinks(db, tenantId, doneIds, MAX_CHANGE_ROWS),
    countLostLinks(db, tenantId, doneIds),
  ]);
  const dialect = (selected ?? snapshots.at(-1))?.dialect;
  return {
    monitor: monitorView(monitor, snapshots),
    snapshots: snapshots.map(snapshotView),
    selected: selected ? snapshotView(selected) : null,
    changes: changes.map((r) => changeView(r.change, r.followUp)),
    lostLinks: lost.map((r) => changeView(r.change, r.followUp)),
    lostLinksTotal,
    maxRows: MAX_CHANGE_ROWS,
    authorityLabel: dialectById(dialect).metricLabels.trust,
    highAuthority: HIGH_AUTHORITY,
  };
}
