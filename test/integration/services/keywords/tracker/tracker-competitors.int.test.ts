// Competitors of a project SE Ranking's rank tracker follows (Project API §7): added to the
// tracker's site, read with each check from GET /competitors/{id}/positions, removed there too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { latestRun } from "@/lib/db/queries/keyword-checks";
import { competitorHistory, listCompetitors } from "@/lib/db/queries/keyword-competitors";
import { listKeywords } from "@/lib/db/queries/keyword-projects";
import type { Engine } from "@/lib/jobs/engine";
import { startManualCheck } from "@/lib/services/keywords/check-service";
import {
  addCompetitor,
  removeCompetitor,
} from "@/lib/services/keywords/competitors/competitor-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import { pollTrackerRun } from "@/lib/services/keywords/tracker/tracker-run";
import { PROJECT_API_DEMO_KEY } from "@/simulator/keys";
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
const DOMAIN = "rank-tracked-rivals.com";
const RIVAL = "tracker-rival.com";
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

/** What SE Ranking's tracker lists for the site (read as any client would). */
async function trackerList(siteId: number) {
  const res = await fetch(`${sim.url}/competitors/site/${siteId}`, {
    headers: { Authorization: `Token ${PROJECT_API_DEMO_KEY}` },
  });
  return (await res.json()) as { id: number; url: string }[];
}

describe("competitors with SE Ranking's rank tracker", () => {
  it("added to the tracker, read with the check, removed from it", async () => {
    const { tenantId } = await trackerTenant(handle.db, "rivaltrack", PROJECT_API_DEMO_KEY, true);
    const project = await createProject(handle.db, tenantId, {
      domain: DOMAIN,
      searchEngine: "google",
      location: "United States",
      scheduleEnabled: false,
    });
    expect(project.seSiteId).not.toBeNull();
    await addKeywords(handle.db, tenantId, project.id, { text: KEYWORDS.join("\n"), tags: [] });

    const added = await addCompetitor(handle.db, tenantId, project.id, { domain: RIVAL });
    expect(added.trackerError).toBeNull();
    const [stored] = await listCompetitors(handle.db, tenantId, project.id);
    expect(await trackerList(project.seSiteId!)).toEqual([
      expect.objectContaining({ id: stored!.seCompetitorId, url: RIVAL }),
    ]);

    const { run } = await startManualCheck(handle.db, tenantId, project.id, at(DAY));
    await runCheckJob(handle.db, run);
    sim.state.projects.complete(Date.now(), 0);
    const waiting = await latestRun(handle.db, tenantId, project.id);
    await pollTrackerRun(handle.db, waiting!, new Date(Date.now() + 60_000));
    expect(await latestRun(handle.db, tenantId, project.id)).toMatchObject({ status: "done" });

    const names = new Map(
      (await listKeywords(handle.db, tenantId, project.id)).map((k) => [k.id, k.keyword]),
    );
    const rows = await competitorHistory(handle.db, tenantId, project.id, new Date(0));
    expect(rows.map((r) => [names.get(r.keywordId), r.status, r.position]).sort()).toEqual(
      KEYWORDS.map((keyword) => [
        keyword,
        "ok",
        positionFor({
          domain: RIVAL,
          keyword,
          searchEngine: "google",
          location: "United States",
          date: DAY,
        }).position,
      ]).sort(),
    );

    await removeCompetitor(handle.db, tenantId, project.id, stored!.id);
    expect(await trackerList(project.seSiteId!)).toEqual([]);
    expect(await listCompetitors(handle.db, tenantId, project.id)).toEqual([]);
  });
});
