// Bulk metrics runs that stop midway: a delivery that dies is resumed without fetching or
// counting a domain twice; a cancelled run stops before its next batch and keeps what it stored.
import { describe, expect, it } from "vitest";
import { listDetail } from "@/lib/services/prospects/list-detail";
import { cancelMetricsRun } from "@/lib/services/prospects/metrics-run";
import { metricsFor } from "@/simulator/universe";
import { domains, metricsRunFixture } from "@/test/support/metrics-run-fixture";

const t = metricsRunFixture("stops");

describe("metrics runs that stop midway", () => {
  it("a delivery that dies mid-run is retried and resumes: no domain fetched after it was stored, none counted twice", async () => {
    const names = domains(1000, "resume");
    const listId = await t.newListWith(names);
    // The first delivery crashes on its 4th batch, after storing three (one batch at a time).
    const client = t.simClient(1);
    let deliveries = 0;
    t.withClient = (work) =>
      client((real) => {
        const first = ++deliveries === 1;
        let batches = 0;
        const crashing = Object.create(real) as typeof real;
        crashing.getBacklinksMetrics = (inputs, options) =>
          real.getBacklinksMetrics(inputs, {
            ...options,
            onBatch: async (batch) => {
              if (first && ++batches === 4) throw new Error("the worker crashed");
              await options?.onBatch?.(batch);
            },
          });
        return work(crashing);
      });
    const { run } = await t.startRun(listId);
    const done = await t.settled(run.id);
    expect(deliveries).toBe(2);
    expect(done).toMatchObject({ status: "done", total: 1000, done: 1000, failed: 0 });
    // Batch 4 was fetched but not stored, so it is asked again; batches 1–3 never are.
    const asked = t.metricsCalls().map((c) => (c.body as { domains: string[] }).domains);
    expect(asked).toHaveLength(11);
    const second = asked.slice(4).flat().sort();
    expect(second).toEqual(names.slice(300).sort());
    const { prospects } = await listDetail(t.handle.db, t.tenantId, listId);
    expect(prospects.every((p) => p.trustFlow === metricsFor(p.domain).trust_flow)).toBe(true);
  });

  it("a cancelled run stops before its next batch and keeps what it stored", async () => {
    const names = domains(500, "cancel");
    const listId = await t.newListWith(names);
    const client = t.simClient(1);
    let runId = "";
    let batches = 0;
    // Cancelled (as the Cancel button does) while batch 2 is being fetched.
    t.withClient = (work) =>
      client((real) => {
        const cancelling = Object.create(real) as typeof real;
        cancelling.getBacklinksMetrics = (inputs, options) =>
          real.getBacklinksMetrics(inputs, {
            ...options,
            onBatch: async (batch) => {
              if (++batches === 2) await cancelMetricsRun(t.handle.db, t.tenantId, runId);
              await options?.onBatch?.(batch);
            },
          });
        return work(cancelling);
      });
    const { run } = await t.startRun(listId);
    runId = run.id;
    const ended = await t.settled(run.id);
    expect(ended).toMatchObject({ status: "cancelled", done: 100, total: 500 });
    expect(t.metricsCalls()).toHaveLength(2);
    const { prospects } = await listDetail(t.handle.db, t.tenantId, listId);
    expect(prospects.filter((p) => p.trustFlow !== null).map((p) => p.domain)).toEqual(
      names.slice(0, 100),
    );
  });
});
