// Keywords are checked when added: only the new ones (one batched call for them, or a Project API
// recheck naming just them), on the job engine's one check path, without moving the schedule. A
// key with no credits left fails that check like any other; nothing stored earlier changes.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findRun, latestRun } from "@/lib/db/queries/keyword-checks";
import { findProject, listKeywords } from "@/lib/db/queries/keyword-projects";
import { keywordChecks } from "@/lib/db/schema";
import type { Engine } from "@/lib/jobs/engine";
import { handlers } from "@/lib/jobs/handlers";
import { addAndCheckKeywords } from "@/lib/services/keywords/added-check";
import { checkRunSource } from "@/lib/services/keywords/check-run-source";
import { startManualCheck } from "@/lib/services/keywords/check-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import { PROJECT_API_DEMO_KEY } from "@/simulator/keys";
import { positionFor } from "@/simulator/keyword-positions";
import type { LogEntry } from "@/simulator/request-log";
import type { RunningSimulator } from "@/simulator/start-simulator";
import { keywordCheckFor } from "@/simulator/universe";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import {
  connectedTenant,
  settledCheck,
  startKeywordSimulator,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";
import { trackerTenant } from "@/test/support/tracker-fixture";

const DAY = "2026-03-10";
const FIVE = [
  "seo audit tool",
  "backlink checker",
  "rank tracker",
  "keyword research",
  "site audit",
];
const THREE = ["domain authority", "serp checker", "unranked widget"];
const target = {
  searchEngine: "google",
  location: "United States",
  scheduleEnabled: true,
} as const;

let handle: DbHandle;
let engine: Engine;
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startKeywordSimulator(DAY);
  handle = await createTestDb();
  engine = await startTestEngine(handle, handlers);
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});

const rowsOf = (tenantId: string, runId: string) =>
  handle.db
    .select()
    .from(keywordChecks)
    .where(and(eq(keywordChecks.tenantId, tenantId), eq(keywordChecks.runId, runId)));
const projectRows = (tenantId: string, projectId: string) =>
  handle.db
    .select()
    .from(keywordChecks)
    .where(and(eq(keywordChecks.tenantId, tenantId), eq(keywordChecks.projectId, projectId)))
    .orderBy(keywordChecks.id);
const posts = (path: RegExp): LogEntry[] =>
  sim.state.log.entries().filter((e) => e.method === "POST" && path.test(e.path));

/** A project with FIVE keywords and one finished check of them. */
async function projectWithFive(tenantId: string, domain: string) {
  const project = await createProject(handle.db, tenantId, { domain, ...target });
  await addKeywords(handle.db, tenantId, project.id, { text: FIVE.join("\n"), tags: [] });
  const { run } = await startManualCheck(handle.db, tenantId, project.id);
  expect((await settledCheck(handle.db, run)).status).toBe("done");
  return project;
}

describe("keywords added to a project are checked at once, and only they", () => {
  it("adding 3 keywords to a project with 5: one check of exactly those 3, one batched call, schedule kept", async () => {
    const { tenantId } = await connectedTenant(handle.db, "added");
    const domain = "example.com";
    const project = await projectWithFive(tenantId, domain);
    const scheduled = (await findProject(handle.db, tenantId, project.id))!.nextCheckAt;
    sim.state.log.clear();

    const result = await addAndCheckKeywords(handle.db, tenantId, project.id, {
      text: THREE.join("\n"),
      tags: [],
    });
    expect(result.check).toMatchObject({ trigger: "added", status: "running", total: 3 });
    const ended = await settledCheck(handle.db, result.check!);
    expect(ended).toMatchObject({ status: "done", total: 3, done: 3, failed: 0, error: null });

    // Exactly the three new keywords, with the simulator's positions for them.
    const rows = await rowsOf(tenantId, ended.id);
    const byId = new Map(result.added.map((k) => [k.id, k.keyword]));
    expect(rows.map((r) => byId.get(r.keywordId)).sort()).toEqual([...THREE].sort());
    for (const want of keywordCheckFor(domain, THREE, "google", "United States", DAY)) {
      const row = rows.find((r) => byId.get(r.keywordId) === want.keyword)!;
      expect(row).toMatchObject({ status: "ok", position: want.position });
    }
    // One batched call, for those three only: the five already there are not asked (nor paid).
    const calls = sim.state.log.entries().filter((e) => e.path === "/keywords/check/");
    expect(calls.map((c) => [...(c.body as { keywords: string[] }).keywords].sort())).toEqual([
      [...THREE].sort(),
    ]);
    // Every keyword has exactly one stored check: the five from the first run, the three new.
    const all = await projectRows(tenantId, project.id);
    expect(all).toHaveLength(8);
    expect(new Set(all.map((r) => r.keywordId)).size).toBe(8);
    // An extra check: the daily schedule keeps its time.
    expect((await findProject(handle.db, tenantId, project.id))!.nextCheckAt).toEqual(scheduled);
  });

  it("a key with no credits left: the added keywords' check fails with the reason, earlier checks untouched", async () => {
    const key = "added-keywords-low-credit-key-000001";
    sim.state.keys.set({ key, credits: 100_000 });
    const { tenantId } = await connectedTenant(handle.db, "nocredit", key);
    const project = await projectWithFive(tenantId, "example.org");
    const before = await projectRows(tenantId, project.id);
    sim.state.keys.set({ key, credits: 0 });

    const result = await addAndCheckKeywords(handle.db, tenantId, project.id, {
      text: THREE.join("\n"),
      tags: [],
    });
    const ended = await settledCheck(handle.db, result.check!);
    expect(ended).toMatchObject({ status: "failed", total: 3, failed: 3 });
    expect(ended.error).toMatch(/credits/i);
    const rows = await rowsOf(tenantId, ended.id);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === "failed" && r.position === null)).toBe(true);
    // The five earlier checks are still there, unchanged, and nothing else was stored.
    const after = await projectRows(tenantId, project.id);
    expect(after.filter((r) => r.runId !== ended.id)).toEqual(before);

    // Retry (credits back): those three keywords again, not the whole domain.
    sim.state.keys.set({ key, credits: 100_000 });
    const retried = await checkRunSource.retry(handle.db, tenantId, ended.id, "user");
    expect(retried).toMatchObject({ status: "running", total: 3 });
    const again = await settledCheck(handle.db, { tenantId, projectId: project.id, ...retried! });
    expect(again).toMatchObject({ trigger: "added", status: "done", failed: 0 });
    const rechecked = (await rowsOf(tenantId, again.id)).map((r) => r.keywordId).sort();
    expect(rechecked).toEqual(rows.map((r) => r.keywordId).sort());
  });

  it("keywords added while a check runs (after it listed its keywords) are checked when it ends", async () => {
    const key = "added-keywords-held-check-key-000001";
    sim.state.keys.set({ key, credits: 100_000 });
    const { tenantId } = await connectedTenant(handle.db, "midrun", key);
    const project = await createProject(handle.db, tenantId, { domain: "example.net", ...target });
    await addKeywords(handle.db, tenantId, project.id, { text: FIVE.join("\n"), tags: [] });
    // The check's call waits until the test lets it go: the keywords below arrive mid-run.
    const hold = sim.state.faults.add({ kind: "hold", path: "/keywords/check/", key });
    try {
      const { run: manual } = await startManualCheck(handle.db, tenantId, project.id);
      await waitFor("the check's call to be held", () =>
        sim.state.faults.list().some((f) => f.id === hold.id && f.held === 1),
      );
      const result = await addAndCheckKeywords(handle.db, tenantId, project.id, {
        text: THREE.join("\n"),
        tags: [],
      });
      // One check at a time: the page follows the running one.
      expect(result.check?.id).toBe(manual.id);
      sim.state.faults.release(hold.id);
      expect(await settledCheck(handle.db, manual)).toMatchObject({ status: "done", total: 5 });
      expect(await rowsOf(tenantId, manual.id)).toHaveLength(5);
    } finally {
      sim.state.faults.release(hold.id);
    }
    const added = await waitFor("the added keywords' check to end", async () => {
      const run = await latestRun(handle.db, tenantId, project.id);
      return run?.trigger === "added" && run.status !== "running" ? run : null;
    });
    expect(added).toMatchObject({ status: "done", total: 3, failed: 0 });
    const ids = new Set((await rowsOf(tenantId, added.id)).map((r) => r.keywordId));
    const fresh = (await listKeywords(handle.db, tenantId, project.id)).filter((k) =>
      THREE.includes(k.keyword),
    );
    expect(ids).toEqual(new Set(fresh.map((k) => k.id)));
    expect(await projectRows(tenantId, project.id)).toHaveLength(8);
  });

  it("Project API: the tracker receives the added keywords, then a recheck of just those (§6)", async () => {
    // The app dates a recheck by today and reads the tracker's positions from today on.
    sim.state.clock.set(null);
    const delay = sim.state.config.recheckDelayMs;
    sim.state.config.recheckDelayMs = 3_600_000; // completed only by the test
    try {
      const { tenantId } = await trackerTenant(handle.db, "trackadd", PROJECT_API_DEMO_KEY, true);
      const domain = "tracked-added.com";
      const project = await createProject(handle.db, tenantId, { domain, ...target });
      expect(project.seSiteEngineId).not.toBeNull();
      await addKeywords(handle.db, tenantId, project.id, { text: FIVE.join("\n"), tags: [] });
      const scheduled = (await findProject(handle.db, tenantId, project.id))!.nextCheckAt;
      sim.state.log.clear();

      const result = await addAndCheckKeywords(handle.db, tenantId, project.id, {
        text: THREE.join("\n"),
        tags: [],
      });
      const site = `/sites/${project.seSiteId}`;
      // The tracker received the three keywords (once), on the project's engine.
      const sent = posts(new RegExp(`^${site}/keywords$`));
      expect(sent.map((e) => (e.body as { keyword: string }[]).map((k) => k.keyword))).toEqual([
        THREE,
      ]);
      await waitFor("the recheck to be asked for", async () => {
        const run = await findRun(handle.db, tenantId, project.id, result.check!.id);
        return run?.awaitingRecheckSince ? run : null;
      });
      // One recheck, naming the three new keywords' tracker ids and nothing else.
      const ids = new Set(result.added.map((k) => k.id));
      const fresh = (await listKeywords(handle.db, tenantId, project.id)).filter((k) =>
        ids.has(k.id),
      );
      const rechecks = posts(new RegExp(`^${site}/recheck$`));
      expect(rechecks).toHaveLength(1);
      expect(
        (rechecks[0]!.body as { keywords: object[] }).keywords.sort(
          (a, b) =>
            (a as { keyword_id: number }).keyword_id - (b as { keyword_id: number }).keyword_id,
        ),
      ).toEqual(
        fresh
          .map((k) => k.seKeywordId!)
          .sort((a, b) => a - b)
          .map((id) => ({ site_engine_id: project.seSiteEngineId, keyword_id: id })),
      );

      sim.state.projects.complete(Date.now(), 0);
      const ended = await settledCheck(handle.db, result.check!);
      expect(ended).toMatchObject({ status: "done", total: 3, done: 3, failed: 0 });
      const today = new Date().toISOString().slice(0, 10);
      const rows = await rowsOf(tenantId, ended.id);
      expect(rows).toHaveLength(3);
      for (const k of fresh) {
        const want = positionFor({ domain, keyword: k.keyword, ...target, date: today });
        expect(rows.find((r) => r.keywordId === k.id)).toMatchObject({
          status: "ok",
          position: want.position,
        });
      }
      // The five keywords already tracked got no check from this.
      expect(await projectRows(tenantId, project.id)).toHaveLength(3);
      expect((await findProject(handle.db, tenantId, project.id))!.nextCheckAt).toEqual(scheduled);
    } finally {
      sim.state.clock.set(DAY);
      sim.state.config.recheckDelayMs = delay;
    }
  });
});
