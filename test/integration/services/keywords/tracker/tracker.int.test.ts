// A keyword project tracked by SE Ranking's rank tracker (Project API) against the simulator:
// create links a site and engine, keywords are added there, "Check now" asks for a recheck, and
// the history fills only when the simulator completes it (deterministic: no sleeps).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { latestRun } from "@/lib/db/queries/keyword-checks";
import { findProject, listKeywords } from "@/lib/db/queries/keyword-projects";
import { keywordRankings } from "@/lib/db/queries/keyword-rankings";
import type { Engine } from "@/lib/jobs/engine";
import { followLatestRun, startManualCheck } from "@/lib/services/keywords/check-service";
import { stopTrackingKeyword } from "@/lib/services/keywords/delete-service";
import {
  addKeywords,
  createProject,
  projectRankings,
} from "@/lib/services/keywords/project-service";
import { pollTrackerRun } from "@/lib/services/keywords/tracker/tracker-run";
import { DATA_API_DEMO_KEY, PROJECT_API_DEMO_KEY } from "@/simulator/keys";
import { positionFor } from "@/simulator/keyword-positions";
import type { RunningSimulator } from "@/simulator/start-simulator";
import {
  at,
  enqueueOnlyEngine,
  runCheckJob,
  startKeywordSimulator,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";
import { trackerTenant } from "@/test/support/tracker-fixture";

const DAY = "2026-03-10";
const DOMAIN = "rank-tracked.com";
const KEYWORDS = ["seo audit tool", "backlink checker", "unranked widget"];

let handle: DbHandle;
let engine: Engine;
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startKeywordSimulator(DAY);
  sim.state.config.recheckDelayMs = 3_600_000; // completed only by the test
  handle = await createTestDb();
  engine = await enqueueOnlyEngine(handle);
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});

/** A poll as if the throttle interval had passed. */
const poll = async (tenantId: string, projectId: string) => {
  const run = await latestRun(handle.db, tenantId, projectId);
  await pollTrackerRun(handle.db, run!, new Date(Date.now() + 60_000));
  return latestRun(handle.db, tenantId, projectId);
};

describe("rank tracking through SE Ranking's Project API", () => {
  it("create → site + Google USA; add → tracker keywords; Check now → recheck; history fills when it completes", async () => {
    const { tenantId } = await trackerTenant(handle.db, "tracked", PROJECT_API_DEMO_KEY, true);
    const created = await createProject(handle.db, tenantId, {
      domain: DOMAIN,
      searchEngine: "google",
      location: "United States",
      scheduleEnabled: true,
    });
    expect(created.seSiteId).not.toBeNull();
    const [site] = sim.state.projects.sitesOf(sim.state.keys.get(PROJECT_API_DEMO_KEY)!.keyId);
    expect(site).toMatchObject({ id: created.seSiteId, name: DOMAIN });
    expect(site!.engines).toEqual([
      expect.objectContaining({ site_engine_id: created.seSiteEngineId, search_engine_id: 200 }),
    ]);

    const added = await addKeywords(handle.db, tenantId, created.id, {
      text: KEYWORDS.join("\n"),
      tags: [],
    });
    expect(added.trackerError).toBeNull();
    expect(site!.keywords.map((k) => k.name).sort()).toEqual([...KEYWORDS].sort());
    const stored = await listKeywords(handle.db, tenantId, created.id);
    expect(stored.every((k) => k.seKeywordId !== null)).toBe(true);

    const { run: started } = await startManualCheck(handle.db, tenantId, created.id, at(DAY));
    await runCheckJob(handle.db, started);
    expect((await latestRun(handle.db, tenantId, created.id))?.error ?? null).toBeNull();
    expect(sim.state.projects.pendingCount()).toBe(1);
    // Waiting for the recheck: the run is running and nothing is in the history.
    expect(await poll(tenantId, created.id)).toMatchObject({ status: "running", done: 0 });
    expect(
      (await keywordRankings(handle.db, tenantId, created.id)).every((r) => r.status === null),
    ).toBe(true);

    sim.state.projects.complete(Date.now(), 0);
    expect(await poll(tenantId, created.id)).toMatchObject({ status: "done", done: 3, failed: 0 });
    const rows = await keywordRankings(handle.db, tenantId, created.id);
    for (const keyword of KEYWORDS) {
      const want = positionFor({
        domain: DOMAIN,
        keyword,
        searchEngine: "google",
        location: "United States",
        date: DAY,
      });
      expect(rows.find((r) => r.keyword === keyword)).toMatchObject({
        status: "ok",
        position: want.position,
        url: want.url, // the landing page of the check
      });
    }
    const view = await projectRankings(handle.db, tenantId, created.id);
    expect(view.positions).toMatchObject({ kind: "tracked_daily", tracker: "project_api" });
    // Reading the run only reads it (a delayed job reads the tracker); a finished run stays done.
    expect(await followLatestRun(handle.db, tenantId, created.id)).toMatchObject({
      status: "done",
    });

    // Stop tracking a keyword: removed from the tracker too (keywords_ids[] on the wire).
    await stopTrackingKeyword(handle.db, tenantId, created.id, stored[0]!.id);
    expect(site!.keywords.map((k) => k.name)).not.toContain(stored[0]!.keyword);
    const del = sim.state.log.entries({}).filter((e) => e.method === "DELETE");
    expect(Object.keys(del[del.length - 1]!.query)).toEqual(["keywords_ids[]"]);
  });

  it("a key without the Project API: database positions, labelled monthly, and the reason", async () => {
    const { tenantId } = await trackerTenant(
      handle.db,
      "database",
      DATA_API_DEMO_KEY,
      false,
      "SE Ranking's Project API refused this key: Subscription required",
    );
    const created = await createProject(handle.db, tenantId, {
      domain: DOMAIN,
      searchEngine: "google",
      location: "United States",
      scheduleEnabled: true,
    });
    const project = await findProject(handle.db, tenantId, created.id);
    expect(project!.seSiteEngineId).toBeNull();
    const view = await projectRankings(handle.db, tenantId, created.id);
    expect(view.positions).toMatchObject({
      kind: "database_monthly",
      label: "SE Ranking database position (monthly)",
      tracker: "dialect",
    });
    expect(view.positions.note).toMatch(/Subscription required.*monthly database/);
  });
});
