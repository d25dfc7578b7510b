// The monthly credit budget against the real simulator and database: every starter that would
// pass the budget is refused with budget_exceeded and the figures, and the simulator's log shows
// no call at all; within the budget the same work runs and its spend is recorded by feature.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import type { DbHandle } from "@/lib/db/client";
import { creditsSpent, saveBudget } from "@/lib/db/queries/budgets";
import { listUsage } from "@/lib/db/queries/seranking-usage";
import type { Engine } from "@/lib/jobs/engine";
import { backlinksPage, backlinksSummary } from "@/lib/services/backlinks/backlinks-service";
import { startBacklinkExport } from "@/lib/services/backlinks/export-service";
import { estimateGap, startGap } from "@/lib/services/backlinks/gap/gap-service";
import { monthIn } from "@/lib/services/budgets/budget-month";
import { withUsageScope } from "@/lib/services/budgets/usage-scope";
import { startManualCheck } from "@/lib/services/keywords/check-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { estimateRuns, startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { DATA_API_DEMO_KEY } from "@/simulator/keys";
import type { RunningSimulator } from "@/simulator/start-simulator";
import {
  enqueueOnlyEngine,
  startKeywordSimulator,
  tenantWithKey,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

let handle: DbHandle;
let engine: Engine;
let sim: RunningSimulator;
let tenantId = "";
let userId = "";

beforeAll(async () => {
  sim = await startKeywordSimulator("2026-11-10");
  handle = await createTestDb();
  engine = await enqueueOnlyEngine(handle);
  ({ tenantId, userId } = await tenantWithKey(handle.db, "budget", DATA_API_DEMO_KEY, {
    dialect: "data-v1",
    last4: DATA_API_DEMO_KEY.slice(-4),
    status: "connected",
  }));
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});
beforeEach(async () => {
  await saveBudget(handle.db, tenantId, null);
  sim.state.log.clear();
});

/** Sets the budget so that exactly `left` credits remain this month. */
async function leaveCredits(left: number) {
  const month = monthIn(new Date(), "UTC");
  await saveBudget(handle.db, tenantId, (await creditsSpent(handle.db, tenantId, month)) + left);
}

/** The refusal a starter answered: its code and message, and the calls the simulator saw. */
async function refusal(start: () => Promise<unknown>) {
  const error = await start().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return { error: error as ApiError, upstreamCalls: sim.state.log.entries().length };
}

describe("over the budget, nothing reaches SE Ranking", () => {
  it("refuses a bulk metrics run, saying its cost, what is left and who can raise it", async () => {
    const list = await createList(handle.db, tenantId, "budget list");
    await addDomains(handle.db, tenantId, list.id, ["one-example.com", "two-example.com"]);
    const { all } = await estimateRuns(handle.db, tenantId, list.id);
    expect(all.credits).toBeGreaterThan(1);
    await leaveCredits(all.credits - 1);
    sim.state.log.clear();
    const { error, upstreamCalls } = await refusal(() =>
      startMetricsRun(handle.db, tenantId, list.id, { mode: "all", startedBy: userId }),
    );
    expect(error.code).toBe("budget_exceeded");
    expect(error.status).toBe(402);
    expect(error.message).toContain(`${all.credits} credits`);
    expect(error.message).toContain(`only ${all.credits - 1} of`);
    expect(error.message).toMatch(/admin.*raise/);
    expect(upstreamCalls).toBe(0);
  });

  it("refuses a gap analysis", async () => {
    const request = { domain: "example.com", competitors: ["deep-example.com"] };
    const estimate = await estimateGap(handle.db, tenantId, request);
    expect(estimate.credits).toBeGreaterThan(0);
    await leaveCredits(estimate.credits - 1);
    const { error, upstreamCalls } = await refusal(() =>
      startGap(handle.db, tenantId, userId, request),
    );
    expect(error.code).toBe("budget_exceeded");
    expect(upstreamCalls).toBe(0);
  });

  it("refuses a backlink refresh (summary and rows) but still serves what is stored", async () => {
    const view = {
      domain: "example.com",
      page: 1,
      limit: 25,
      sort: "trust_flow",
      dofollow: false,
    } as const;
    await backlinksSummary(handle.db, tenantId, "example.com");
    await backlinksPage(handle.db, tenantId, view);
    await leaveCredits(0);
    sim.state.log.clear();
    const summary = await refusal(() =>
      backlinksSummary(handle.db, tenantId, "example.com", { force: true }),
    );
    const rows = await refusal(() => backlinksPage(handle.db, tenantId, view, { force: true }));
    expect([summary.error.code, rows.error.code]).toEqual(["budget_exceeded", "budget_exceeded"]);
    expect(rows.upstreamCalls).toBe(0);
    // Reading without refresh costs nothing and is never refused.
    expect((await backlinksPage(handle.db, tenantId, view)).fromCache).toBe(true);
    expect(sim.state.log.entries()).toHaveLength(0);
  });

  it("refuses a whole-list export priced by the domain's stored summary", async () => {
    const summary = await backlinksSummary(handle.db, tenantId, "example.com");
    const rows = summary.summary.totalBacklinks;
    expect(rows).toBeGreaterThan(0);
    await leaveCredits(rows - 1);
    sim.state.log.clear();
    const request = {
      domain: "example.com",
      sort: "trust_flow",
      dofollow: false,
      filters: {},
    } as const;
    const { error, upstreamCalls } = await refusal(() =>
      startBacklinkExport(handle.db, tenantId, userId, request),
    );
    expect(error.code).toBe("budget_exceeded");
    expect(error.message).toContain(`${rows} credits`);
    expect(upstreamCalls).toBe(0);
  });

  it("refuses a keyword check (one credit per keyword)", async () => {
    const project = await createProject(handle.db, tenantId, {
      domain: "example.com",
      searchEngine: "google",
      location: "United States",
      scheduleEnabled: false,
    });
    await addKeywords(handle.db, tenantId, project.id, { text: "seo tools\nbacklinks", tags: [] });
    await leaveCredits(1);
    sim.state.log.clear();
    const { error, upstreamCalls } = await refusal(() =>
      startManualCheck(handle.db, tenantId, project.id),
    );
    expect(error.code).toBe("budget_exceeded");
    expect(error.message).toContain("2 credits");
    expect(upstreamCalls).toBe(0);
  });
});

describe("within the budget", () => {
  it("lets the refresh run and records its credits as backlink_refresh by the member", async () => {
    await leaveCredits(100_000);
    const view = {
      domain: "example.com",
      page: 1,
      limit: 25,
      sort: "trust_flow",
      dofollow: false,
    } as const;
    await withUsageScope({ actor: userId }, () =>
      backlinksPage(handle.db, tenantId, view, { force: true }),
    );
    expect(sim.state.log.entries().length).toBeGreaterThan(0);
    // The counting is not awaited by the call it counts: wait for its row.
    await expect
      .poll(
        async () =>
          (await listUsage(handle.db, tenantId)).filter(
            (u) => u.feature === "backlink_refresh" && u.actor === userId && u.credits > 0,
          ).length,
      )
      .toBeGreaterThan(0);
  });
});
