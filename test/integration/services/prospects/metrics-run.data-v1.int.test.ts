// Prospects on a data-v1 integration: DT/PT are stored in their own columns (never as TF/CF),
// verdicts follow the DT rules, metrics fetched through the other API are not reused, and another
// tenant's run never touches this tenant's rows.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { listProspects } from "@/lib/db/queries/prospect-lists";
import { findRun } from "@/lib/db/queries/prospect-runs";
import type { Engine } from "@/lib/jobs/engine";
import { defineHandler } from "@/lib/jobs/registry";
import { qualifyInlinkRank } from "@/lib/prospects/qualify-inlink-rank";
import { SERankingClient } from "@/lib/seranking/client";
import { dataV1 } from "@/lib/seranking/dialects/data-v1";
import { RateLimiterRegistry } from "@/lib/seranking/rate-limiter";
import { createOwnerAccount } from "@/lib/services/accounts";
import { listDetail } from "@/lib/services/prospects/list-detail";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { runMetricsJob, type WithClient } from "@/lib/services/prospects/metrics-job";
import { currentRun, startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { DATA_API_DEMO_KEY, DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { dataSummaryFor } from "@/simulator/universe-data-v1";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { createTestDb } from "@/test/support/test-db";

let handle: DbHandle;
let sim: RunningSimulator;
let engine: Engine;
const tenants: string[] = [];
// The client the metrics job uses: each test picks the dialect's.
let withClient: WithClient;

/** Waits (with a deadline) until the job has ended the run. */
const settled = (tenantId: string, runId: string) =>
  waitFor("the metrics run to end", async () => {
    const run = await findRun(handle.db, tenantId, runId);
    return run && run.status !== "running" ? run : null;
  });

function simClient(dataApi: boolean): WithClient {
  const client = new SERankingClient({
    apiKey: dataApi ? DATA_API_DEMO_KEY : DEMO_KEY,
    baseUrl: sim.url,
    ...(dataApi && { dialect: dataV1 }),
    retry: { retries: 0 },
    rateLimitPerSecond: 1000,
    rateLimiters: new RateLimiterRegistry(),
  });
  return (work) => work(client);
}

beforeAll(async () => {
  // listDetail prices the next run with the cache TTL from the server's environment.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  [handle, sim] = await Promise.all([createTestDb(), startSimulator({ port: 0, rateLimit: 0 })]);
  for (const name of ["dv1a", "dv1b"]) {
    const r = await createOwnerAccount(handle.db, {
      name,
      email: `${name}@example.test`,
      password: `password-${name}-1`,
      tenantName: name,
      tenantSlug: name,
    });
    tenants.push(r.tenant.id);
  }
  engine = await startTestEngine(handle, [
    defineHandler("prospect-metrics", (payload, context) =>
      runMetricsJob(payload, context, { withClient: (work) => withClient(work) }),
    ),
  ]);
});
afterAll(async () => {
  await engine.stop({ graceMs: 1000 });
  await sim.close();
  await handle.close();
});

const setDialect = (tenantId: string, dialect: string) =>
  upsertIntegration(handle.db, tenantId, { apiKey: null, metadata: { dialect } });

describe("prospects with DT/PT (data-v1)", () => {
  it("stores DT/PT, leaves TF/CF null, and judges with the DT rules", async () => {
    const [a] = tenants;
    await setDialect(a!, "data-v1");
    const names = ["dv-alpha.com", "dv-beta.org", "spammy-example.com", "empty-example.com"];
    const list = await createList(handle.db, a!, "dv1");
    await addDomains(handle.db, a!, list.id, names);
    withClient = simClient(true);
    const { run: started } = await startMetricsRun(
      handle.db,
      a!,
      list.id,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    await settled(a!, started.id);
    // Counts and DT/PT are two calls per batch; the run counts both and priced both.
    const run = await currentRun(handle.db, a!, list.id);
    expect(run).toMatchObject({ requestsTotal: 2, requestsDone: 2, estimatedCredits: 8 });
    const stored = await listProspects(handle.db, a!, list.id);
    expect(stored.every((p) => p.domainInlinkRank !== null)).toBe(true);
    for (const p of stored) {
      const d = dataSummaryFor(p.domain);
      expect(p).toMatchObject({
        trustFlow: null,
        citationFlow: null,
        domainInlinkRank: d.domain_inlink_rank,
        inlinkRank: d.inlink_rank,
        totalBacklinks: d.backlinks,
      });
    }
    const detail = await listDetail(handle.db, a!, list.id);
    expect(detail.metricLabels.trustShort).toBe("DT");
    for (const v of detail.prospects) {
      const d = dataSummaryFor(v.domain);
      const want = qualifyInlinkRank(
        {
          domainTrust: d.domain_inlink_rank,
          referringDomains: d.refdomains,
          totalBacklinks: d.backlinks,
        },
        detail.rules,
      );
      expect([v.verdict, v.reason]).toEqual([want.verdict, want.reason]);
      expect(v.trustFlow).toBeNull();
    }
  });

  it("TF/CF fetched earlier are not reused nor shown as DT after a switch to data-v1", async () => {
    const [, b] = tenants;
    await setDialect(b!, "provider-v3");
    const list = await createList(handle.db, b!, "switch");
    await addDomains(handle.db, b!, list.id, ["switch-one.com"]);
    withClient = simClient(false);
    const first = await startMetricsRun(
      handle.db,
      b!,
      list.id,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    await settled(b!, first.run.id);
    await setDialect(b!, "data-v1");
    const before = await listDetail(handle.db, b!, list.id);
    expect(before.prospects[0]).toMatchObject({ verdict: null, domainInlinkRank: null });
    expect(before.prospects[0]!.reason).toContain("other SE Ranking API");
    sim.state.log.clear();
    withClient = simClient(true);
    const run = await startMetricsRun(
      handle.db,
      b!,
      list.id,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 60_000 },
    );
    expect(run.run.cached).toBe(0);
    await settled(b!, run.run.id);
    expect(sim.state.log.entries({ path: "/v1/backlinks/metrics" })).toHaveLength(1);
    const after = await listDetail(handle.db, b!, list.id);
    expect(after.prospects[0]!.domainInlinkRank).toBe(
      dataSummaryFor("switch-one.com").domain_inlink_rank,
    );
    // Another tenant cannot read this list, nor start a run on it.
    const [a] = tenants;
    await expect(listDetail(handle.db, a!, list.id)).rejects.toMatchObject({ status: 404 });
    await expect(
      startMetricsRun(handle.db, a!, list.id, { mode: "all", startedBy: null }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
