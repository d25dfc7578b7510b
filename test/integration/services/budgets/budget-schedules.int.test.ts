// Scheduled work against the monthly budget: a due keyword check that would pass it is skipped
// whole (no SE Ranking call, no position stored) and recorded for the usage page; one that fits
// runs and its credits are recorded as the schedule's. A manual snapshot over budget is refused.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import type { DbHandle } from "@/lib/db/client";
import { creditsSpent, listBudgetSkips, saveBudget } from "@/lib/db/queries/budgets";
import { latestRun } from "@/lib/db/queries/keyword-checks";
import { listUsage } from "@/lib/db/queries/seranking-usage";
import { keywordChecks } from "@/lib/db/schema";
import type { Engine } from "@/lib/jobs/engine";
import { attributed, checkActor } from "@/lib/services/budgets/attributed-jobs";
import { monthIn } from "@/lib/services/budgets/budget-month";
import { usageView } from "@/lib/services/budgets/usage-view";
import { runKeywordCheckJob } from "@/lib/services/keywords/check-job";
import { claimDueChecks } from "@/lib/services/keywords/check-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import { addMonitor, refreshNow } from "@/lib/services/monitoring/monitor-service";
import type { RunningSimulator } from "@/simulator/start-simulator";
import {
  at,
  connectedTenant,
  enqueueOnlyEngine,
  startKeywordSimulator,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

const DAY = "2026-04-02";
const KEYWORDS = ["rank tracker", "serp checker", "keyword position"];

let handle: DbHandle;
let engine: Engine;
let sim: RunningSimulator;
let tenantId = "";
let projectId = "";

beforeAll(async () => {
  sim = await startKeywordSimulator(DAY);
  handle = await createTestDb();
  engine = await enqueueOnlyEngine(handle);
  ({ tenantId } = await connectedTenant(handle.db, "budget-sched"));
  const project = await createProject(
    handle.db,
    tenantId,
    {
      domain: "site.example",
      searchEngine: "google",
      location: "United States",
      scheduleEnabled: true,
    },
    at(DAY, -24),
  );
  projectId = project.id;
  await addKeywords(handle.db, tenantId, projectId, { text: KEYWORDS.join("\n"), tags: [] });
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});
beforeEach(() => sim.state.log.clear());

async function leaveCredits(left: number) {
  const spent = await creditsSpent(handle.db, tenantId, monthIn(new Date(), "UTC"));
  await saveBudget(handle.db, tenantId, spent + left);
}

/** The schedule's tick at `when`, then the claimed check's job as the engine runs it. */
async function scheduledCheck(when: Date) {
  await claimDueChecks(handle.db, { clock: () => when });
  const run = await latestRun(handle.db, tenantId, projectId);
  expect(run?.trigger).toBe("scheduled");
  const job = attributed("keyword_check", checkActor, runKeywordCheckJob);
  await job(
    { tenantId, projectId, runId: run!.id },
    { db: handle.db, jobId: "test", signal: new AbortController().signal, retryCount: 0 },
  );
  return (await latestRun(handle.db, tenantId, projectId))!;
}

describe("a scheduled keyword check", () => {
  it("over the budget is skipped whole, says why, and is recorded for the usage page", async () => {
    await leaveCredits(KEYWORDS.length - 1);
    const run = await scheduledCheck(at(DAY));
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^Skipped: Keyword check would cost up to 3 credits, but only 2 /);
    expect(sim.state.log.entries()).toHaveLength(0);
    const stored = await handle.db
      .select()
      .from(keywordChecks)
      .where(eq(keywordChecks.runId, run.id));
    expect(stored).toHaveLength(0);
    const skips = await listBudgetSkips(handle.db, tenantId, monthIn(new Date(), "UTC"));
    expect(skips).toMatchObject([
      {
        feature: "keyword_check",
        subject: "Keyword check of site.example",
        estimatedCredits: 3,
        creditsLeft: 2,
      },
    ]);
  });

  it("within the budget runs, its credits recorded as the schedule's keyword_check", async () => {
    await leaveCredits(KEYWORDS.length);
    const run = await scheduledCheck(at(DAY, 24));
    expect(run.status).toBe("done");
    expect(sim.state.log.entries().length).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        (await listUsage(handle.db, tenantId))
          .filter((u) => u.feature === "keyword_check" && u.actor === "schedule")
          .reduce((n, u) => n + u.credits, 0),
      )
      .toBe(KEYWORDS.length);
  });
});

describe("the usage page", () => {
  it("shows this month's spend by feature and member, the chart's months and the skip", async () => {
    const view = await usageView(handle.db, tenantId);
    const checks = view.byFeature.find((l) => l.key === "keyword_check");
    expect(checks).toMatchObject({ label: "Keyword check", credits: KEYWORDS.length });
    expect(view.byMember.find((l) => l.key === "schedule")).toMatchObject({
      label: "Schedule",
      credits: KEYWORDS.length,
    });
    expect(view.byMonth).toHaveLength(6);
    expect(view.byMonth.at(-1)).toMatchObject({ month: view.month });
    expect(view.byMonth.at(-1)?.features["Keyword check"]).toBe(KEYWORDS.length);
    expect(view.spent).toBe(view.byFeature.reduce((n, l) => n + l.credits, 0));
    expect(view.skipped.map((s) => s.subject)).toEqual(["Keyword check of site.example"]);
  });
});

describe("a manual monitoring snapshot", () => {
  it("over the budget is refused before any call", async () => {
    await saveBudget(handle.db, tenantId, null);
    const { monitor } = await addMonitor(handle.db, tenantId, {
      domain: "example.com",
      intervalDays: 7,
    });
    await leaveCredits(0);
    sim.state.log.clear();
    const error = await refreshNow(handle.db, tenantId, monitor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("budget_exceeded");
    expect((error as ApiError).message).toMatch(
      /^Monitoring snapshot would cost up to \d+ credits/,
    );
    expect(sim.state.log.entries()).toHaveLength(0);
  });
});
