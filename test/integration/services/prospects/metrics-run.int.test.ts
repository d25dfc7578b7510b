// Bulk metrics runs against the in-process simulator: batching, per-batch storage, a fault in
// one batch, retrying only what failed, the per-domain cache, the one-run guard.
import { describe, expect, it } from "vitest";
import { listDetail } from "@/lib/services/prospects/list-detail";
import { currentRun } from "@/lib/services/prospects/metrics-run";
import { metricsFor } from "@/simulator/universe";
import { domains, METRICS_PATH, metricsRunFixture } from "@/test/support/metrics-run-fixture";

const t = metricsRunFixture("runs");

describe("metrics runs", () => {
  it("1,000 domains make exactly 10 metrics calls of at most 100 and store the simulator's numbers", async () => {
    const names = domains(1000, "thousand");
    const listId = await t.newListWith(names);
    const { run } = await t.startRun(listId);
    expect(run).toMatchObject({ status: "running", total: 1000, done: 0 });
    await t.settled(run.id);

    const calls = t.metricsCalls();
    expect(calls).toHaveLength(10);
    for (const call of calls) {
      expect((call.body as { domains: string[] }).domains.length).toBeLessThanOrEqual(100);
    }
    expect(calls.flatMap((c) => (c.body as { domains: string[] }).domains).sort()).toEqual(
      [...names].sort(),
    );
    expect(await currentRun(t.handle.db, t.tenantId, listId)).toMatchObject({
      status: "done",
      total: 1000,
      done: 1000,
      failed: 0,
    });
    const { prospects } = await listDetail(t.handle.db, t.tenantId, listId);
    expect(prospects.map((p) => p.domain)).toEqual(names);
    for (const p of prospects) {
      const expected = metricsFor(p.domain);
      expect([p.trustFlow, p.citationFlow, p.referringDomains, p.totalBacklinks]).toEqual([
        expected.trust_flow,
        expected.citation_flow,
        expected.referring_domains,
        expected.total_backlinks,
      ]);
    }

    // Within the TTL the same domains are not asked again, even from another list.
    t.sim.state.log.clear();
    const again = await t.newListWith(names.slice(0, 150));
    const second = await t.startRun(again);
    await t.settled(second.run.id);
    expect(t.metricsCalls()).toHaveLength(0);
    expect(second.run).toMatchObject({ status: "done", total: 0, cached: 150 });
    const copied = await listDetail(t.handle.db, t.tenantId, again);
    expect(copied.prospects.every((p) => p.trustFlow !== null)).toBe(true);
  });

  it("a fault in batch 4 of 10 keeps batches 1–3 and 5–10, and only batch 4 is retried", async () => {
    const names = domains(1000, "faulty");
    const listId = await t.newListWith(names);
    // One batch at a time so "the 4th call" is batch 4; 3 attempts = the first try + 2 retries.
    t.sim.state.faults.add({ kind: "status", status: 503, path: METRICS_PATH, nth: 4, count: 3 });
    t.withClient = t.simClient(1);
    const { run } = await t.startRun(listId);
    await t.settled(run.id);
    expect(t.metricsCalls()).toHaveLength(12);
    expect(await currentRun(t.handle.db, t.tenantId, listId)).toMatchObject({
      status: "done",
      done: 1000,
      failed: 100,
    });
    const { prospects } = await listDetail(t.handle.db, t.tenantId, listId);
    const batch4 = new Set(names.slice(300, 400));
    for (const p of prospects) {
      if (batch4.has(p.domain)) {
        expect(p.trustFlow).toBeNull();
        expect(p.error?.kind).toBe("upstream_unavailable");
        expect(p.reason).toMatch(/^Fetch failed: .*HTTP 503/);
      } else {
        expect(p.trustFlow).toBe(metricsFor(p.domain).trust_flow);
        expect(p.error).toBeNull();
      }
    }

    t.sim.state.log.clear();
    const retry = await t.startRun(listId, "failed");
    expect(retry.run).toMatchObject({ mode: "failed", total: 100 });
    await t.settled(retry.run.id);
    const retried = t.metricsCalls();
    expect(retried).toHaveLength(1);
    expect((retried[0]!.body as { domains: string[] }).domains.sort()).toEqual([...batch4].sort());
    const after = await listDetail(t.handle.db, t.tenantId, listId);
    expect(after.prospects.every((p) => p.trustFlow === metricsFor(p.domain).trust_flow)).toBe(
      true,
    );
    expect(after.prospects.every((p) => p.error === null)).toBe(true);
  });

  it("refuses a second run of the same list while one is running", async () => {
    const listId = await t.newListWith(domains(250, "guard"));
    t.sim.state.faults.add({ kind: "latency", latencyMs: 200, path: METRICS_PATH, count: 3 });
    t.withClient = t.simClient(1);
    const first = await t.startRun(listId);
    await expect(t.startRun(listId)).rejects.toMatchObject({ status: 409, code: "conflict" });
    // Progress is readable mid-run, from the database, as a reloaded page would read it.
    const mid = await currentRun(t.handle.db, t.tenantId, listId);
    expect(mid?.status).toBe("running");
    await t.settled(first.run.id);
    expect((await currentRun(t.handle.db, t.tenantId, listId))?.done).toBe(250);
  });
});
