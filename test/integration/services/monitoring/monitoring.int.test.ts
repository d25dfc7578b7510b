// Monitoring against the simulator's churn: a snapshot on the base day, the simulator's clock a
// week on, a second snapshot. provider-v3 diffs the two stored lists; data-v1 asks the history
// endpoints. Both must find exactly the links the simulator's lists gained and lost.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CutNotice } from "@/app/(dashboard)/[tenant]/monitoring/[monitorId]/cut-notice";
import type { DbHandle } from "@/lib/db/client";
import { listChanges } from "@/lib/db/queries/backlink-changes";
import {
  type ChangeInsert,
  findMonitor,
  listSnapshots,
  storeSnapshot,
} from "@/lib/db/queries/backlink-monitoring";
import type { Engine } from "@/lib/jobs/engine";
import {
  addMonitor,
  claimDueSnapshots,
  refreshNow,
} from "@/lib/services/monitoring/monitor-service";
import { MAX_CHANGE_ROWS, monitorDetail } from "@/lib/services/monitoring/monitor-view";
import { changeCounts } from "@/lib/services/monitoring/snapshot-diff";
import { runSnapshotJob } from "@/lib/services/monitoring/snapshot-job";
import { backlinkHistoryFor } from "@/simulator/backlink-history";
import { DATA_API_DEMO_KEY } from "@/simulator/keys";
import type { RunningSimulator } from "@/simulator/start-simulator";
import { backlinksPageFor, summaryFor } from "@/simulator/universe";
import {
  at,
  connectedTenant,
  enqueueOnlyEngine,
  startKeywordSimulator,
  tenantWithKey,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

const DOMAIN = "example.com";
const BASE = "2026-11-01";
const WEEK = "2026-11-08";

let handle: DbHandle;
let engine: Engine;
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startKeywordSimulator(BASE);
  handle = await createTestDb();
  engine = await enqueueOnlyEngine(handle);
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});

/** The simulator's list on a day, as "source target" pairs: the expectation, from the model. */
function pairsAt(date: string): Set<string> {
  const { backlinks } = backlinksPageFor(DOMAIN, {
    sortBy: "first_seen",
    dofollowOnly: false,
    offset: 0,
    limit: 100_000,
    date,
  });
  return new Set(backlinks.map((b) => `${b.source_url} ${b.target_url}`));
}
const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();
const hostsOf = (pairs: Set<string>) =>
  new Set([...pairs].map((p) => new URL(p.split(" ")[0]!).hostname.replace(/^www\./, "")));

const runJob = (s: { tenantId: string; monitorId: string; id: string }) =>
  runSnapshotJob(
    { tenantId: s.tenantId, monitorId: s.monitorId, snapshotId: s.id },
    { db: handle.db, jobId: "test", signal: new AbortController().signal, retryCount: 0 },
  );

/** Monitors DOMAIN on the base day, then a week later; answers the second snapshot's changes. */
async function twoSnapshots(tenantId: string) {
  sim.state.clock.set(BASE);
  const { monitor, snapshot: first } = await addMonitor(
    handle.db,
    tenantId,
    { domain: DOMAIN, intervalDays: 7 },
    at(BASE),
  );
  await runJob(first);
  sim.state.clock.set(WEEK);
  const { snapshot: second } = await refreshNow(handle.db, tenantId, monitor, at(WEEK));
  await runJob(second);
  const snapshots = await listSnapshots(handle.db, tenantId, monitor.id);
  const rows = (await listChanges(handle.db, tenantId, second.id)).map((r) => r.change);
  const pick = (kind: string, type: string) =>
    rows.filter((c) => c.kind === kind && c.type === type);
  const pairs = (kind: string, type: string) =>
    pick(kind, type)
      .map((c) => `${c.sourceUrl} ${c.targetUrl}`)
      .sort();
  return { monitor, snapshots, rows, pick, pairs };
}

describe("monitoring new and lost links", () => {
  const before = pairsAt(BASE);
  const after = pairsAt(WEEK);

  it("provider-v3: the diff of two stored lists is the simulator's week of churn", async () => {
    const { tenantId } = await connectedTenant(handle.db, "monitor-v3");
    const { monitor, snapshots, pick, pairs, rows } = await twoSnapshots(tenantId);
    expect(snapshots.map((s) => s.status)).toEqual(["done", "done"]);
    // The first is the baseline: counts, nothing to compare with.
    expect(snapshots[0]!.backlinks).toBe(summaryFor(DOMAIN).total_backlinks);
    expect(snapshots[0]!.newBacklinks).toBeNull();
    const week = summaryFor(DOMAIN, WEEK);
    expect(snapshots[1]!.backlinks).toBe(week.total_backlinks);
    expect(snapshots[1]!.referringDomains).toBe(week.referring_domains);
    expect(pairs("link", "new")).toEqual(minus(after, before));
    expect(pairs("link", "lost")).toEqual(minus(before, after));
    expect(minus(after, before).length).toBeGreaterThan(0);
    expect(minus(before, after).length).toBeGreaterThan(0);
    const domains = (type: string) =>
      pick("refdomain", type)
        .map((c) => c.refdomain)
        .sort();
    expect(domains("new")).toEqual(minus(hostsOf(after), hostsOf(before)));
    expect(domains("lost")).toEqual(minus(hostsOf(before), hostsOf(after)));
    expect(snapshots[1]!.newBacklinks).toBe(minus(after, before).length);
    // Re-delivered: the finished snapshot stores nothing twice.
    await runJob(snapshots[1]!);
    expect(await listChanges(handle.db, tenantId, snapshots[1]!.id)).toHaveLength(rows.length);
    // "Refresh now" never moved the weekly schedule: it is still a week after adding.
    const stored = await findMonitor(handle.db, tenantId, monitor.id);
    expect(stored!.nextSnapshotAt.toISOString()).toBe(at(WEEK).toISOString());
  });

  it("data-v1: the history endpoints give the same links, with reasons for the lost", async () => {
    const { tenantId } = await tenantWithKey(handle.db, "monitor-v1", DATA_API_DEMO_KEY, {
      dialect: "data-v1",
      last4: DATA_API_DEMO_KEY.slice(-4),
      status: "connected",
    });
    const { snapshots, pick, pairs } = await twoSnapshots(tenantId);
    expect(snapshots.map((s) => s.status)).toEqual(["done", "done"]);
    expect(pairs("link", "new")).toEqual(minus(after, before));
    expect(pairs("link", "lost")).toEqual(minus(before, after));
    const lost = pick("link", "lost");
    const reasons = backlinkHistoryFor(DOMAIN, {
      type: "lost",
      dateFrom: "2026-11-02",
      dateTo: WEEK,
      limit: 10_000,
    });
    expect(lost.map((c) => c.reason).sort()).toEqual(reasons.map((r) => r.reason_lost).sort());
    expect(lost.every((c) => c.date && c.date > BASE && c.date <= WEEK)).toBe(true);
    // The requests asked for days after the first snapshot up to the second, never an empty enum.
    const asked = sim.state.log.entries({ path: "/v1/backlinks/history" });
    expect(asked.at(-1)?.query).toMatchObject({ date_from: "2026-11-02", date_to: WEEK });
    expect(
      asked.every((e) => e.query.new_lost_type === "new" || e.query.new_lost_type === "lost"),
    ).toBe(true);
  });

  it("the schedule's tick takes the weekly snapshot when it is due, once", async () => {
    const { tenantId } = await connectedTenant(handle.db, "monitor-due");
    sim.state.clock.set(BASE);
    const { monitor, snapshot } = await addMonitor(
      handle.db,
      tenantId,
      { domain: "example.org", intervalDays: 7 },
      at(BASE),
    );
    await runJob(snapshot);
    const tick = (day: string, hours = 0) =>
      claimDueSnapshots(handle.db, { clock: () => at(day, hours) });
    expect(await tick("2026-11-07")).toEqual({ queued: 0 });
    // Other tests' monitors are due too: this one is among those queued, and only once.
    await tick(WEEK, 1);
    const snapshots = await listSnapshots(handle.db, tenantId, monitor.id);
    expect(snapshots.map((s) => s.trigger)).toEqual(["manual", "scheduled"]);
    expect(await tick(WEEK, 2)).toEqual({ queued: 0 });
    const stored = await findMonitor(handle.db, tenantId, monitor.id);
    expect(stored!.nextSnapshotAt.toISOString()).toBe(at("2026-11-15").toISOString());
  });

  it("a snapshot with more than 1,000 changes: each tab's count is exact and the cut is said", async () => {
    const { tenantId } = await connectedTenant(handle.db, "monitor-many");
    const { monitor, snapshot } = await addMonitor(
      handle.db,
      tenantId,
      { domain: "many.example", intervalDays: 7 },
      at(BASE),
    );
    // Stored the way a snapshot job stores them: more new and lost links than one list shows,
    // a few referring domains with weak authority (an overall cut at 1,000 left them out).
    const link = (type: "new" | "lost", i: number): ChangeInsert => ({
      kind: "link",
      type,
      date: WEEK,
      refdomain: `s${i}.example`,
      sourceUrl: `https://s${i}.example/${type}`,
      targetUrl: "https://many.example/",
      anchorText: `anchor ${i}`,
      nofollow: false,
      authority: 50 + (i % 40),
      reason: type === "lost" ? "link_removed" : null,
    });
    const domain = (type: "new" | "lost", i: number): ChangeInsert => ({
      kind: "refdomain",
      type,
      date: WEEK,
      refdomain: `${type}-${i}.example`,
      authority: 1,
      reason: null,
    });
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    const changes = [
      ...range(1234).map((i) => link("new", i)),
      ...range(1050).map((i) => link("lost", i)),
      ...range(7).map((i) => domain("new", i)),
      ...range(3).map((i) => domain("lost", i)),
    ];
    await storeSnapshot(handle.db, tenantId, snapshot.id, {
      links: [],
      changes,
      counts: { backlinks: 5000, referringDomains: 900, ...changeCounts(changes) },
    });
    const detail = await monitorDetail(handle.db, tenantId, monitor);
    const shown = (kind: string, type: string) =>
      detail.changes.filter((c) => c.kind === kind && c.type === type).length;
    // Each list is cut on its own: the small ones are whole.
    expect(shown("link", "new")).toBe(MAX_CHANGE_ROWS);
    expect(shown("link", "lost")).toBe(MAX_CHANGE_ROWS);
    expect(shown("refdomain", "new")).toBe(7);
    expect(shown("refdomain", "lost")).toBe(3);
    // The tabs' counts are the snapshot's stored counts, not the rows sent.
    expect(detail.selected).toMatchObject({
      newBacklinks: 1234,
      lostBacklinks: 1050,
      newRefdomains: 7,
      lostRefdomains: 3,
      incomplete: false,
    });
    expect(detail.lostLinks).toHaveLength(MAX_CHANGE_ROWS);
    expect(detail.lostLinksTotal).toBe(1050);
    // The strongest are the ones sent.
    const authorities = changes
      .filter((c) => c.kind === "link" && c.type === "lost")
      .map((c) => c.authority ?? 0)
      .sort((x, y) => y - x);
    expect(detail.lostLinks.map((c) => c.authority)).toEqual(authorities.slice(0, MAX_CHANGE_ROWS));
    // What the page says about the cut lists, and nothing about whole ones.
    const notice = (shownRows: number, total: number) =>
      renderToStaticMarkup(createElement(CutNotice, { shown: shownRows, total }));
    expect(notice(shown("link", "new"), detail.selected!.newBacklinks!)).toContain(
      "Showing the first 1,000 of 1,234",
    );
    expect(notice(detail.lostLinks.length, detail.lostLinksTotal)).toContain(
      "Showing the first 1,000 of 1,050",
    );
    expect(notice(shown("refdomain", "new"), detail.selected!.newRefdomains!)).toBe("");
  });
});
