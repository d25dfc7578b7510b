// Another tenant's member cannot read or change a tenant's tracked keywords or their history,
// whatever ids they put in a request: every query is scoped by the caller's tenant id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { historyFor, latestRun } from "@/lib/db/queries/keyword-checks";
import { historyPage } from "@/lib/db/queries/keyword-history-io";
import {
  deleteKeywords,
  deleteProject,
  findProject,
  listKeywords,
  listProjects,
  updateProject,
} from "@/lib/db/queries/keyword-projects";
import { keywordRankings } from "@/lib/db/queries/keyword-rankings";
import type { Engine } from "@/lib/jobs/engine";
import { startManualCheck } from "@/lib/services/keywords/check-service";
import { glanceSeries } from "@/lib/services/keywords/glance/glance-series";
import {
  addKeywords,
  createProject,
  keywordHistory,
  projectRankings,
} from "@/lib/services/keywords/project-service";
import type { RunningSimulator } from "@/simulator/start-simulator";
import {
  connectedTenant,
  enqueueOnlyEngine,
  runCheckJob,
  startKeywordSimulator,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

let handle: DbHandle;
let engine: Engine;
let sim: RunningSimulator;
let owner: string;
let stranger: string;
let projectId: string;
let keywordIds: string[];

beforeAll(async () => {
  sim = await startKeywordSimulator("2026-05-01");
  handle = await createTestDb();
  engine = await enqueueOnlyEngine(handle);
  owner = (await connectedTenant(handle.db, "owner")).tenantId;
  stranger = (await connectedTenant(handle.db, "stranger")).tenantId;
  const project = await createProject(handle.db, owner, {
    domain: "example.com",
    searchEngine: "google",
    location: "United States",
    scheduleEnabled: true,
  });
  projectId = project.id;
  const added = await addKeywords(handle.db, owner, projectId, { text: "alpha\nbeta", tags: [] });
  keywordIds = added.added.map((k) => k.id);
  const { run } = await startManualCheck(handle.db, owner, projectId);
  await runCheckJob(handle.db, run);
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});

describe("keyword tracking across tenants", () => {
  it("reads nothing of another tenant", async () => {
    const db = handle.db;
    expect(await findProject(db, stranger, projectId)).toBeUndefined();
    expect(await listProjects(db, stranger)).toEqual([]);
    expect(await listKeywords(db, stranger, projectId)).toEqual([]);
    expect(await keywordRankings(db, stranger, projectId)).toEqual([]);
    expect(await historyFor(db, stranger, projectId, keywordIds, new Date(0))).toEqual([]);
    expect(await historyPage(db, stranger, projectId, null, 1000)).toEqual([]);
    expect(await latestRun(db, stranger, projectId)).toBeUndefined();
    await expect(projectRankings(db, stranger, projectId)).rejects.toMatchObject({ status: 404 });
    await expect(
      keywordHistory(db, stranger, projectId, keywordIds, new Date(0)),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("keeps the stored glance series to its tenant", async () => {
    const db = handle.db;
    const owners = await glanceSeries(db, owner, projectId);
    expect(owners.totals).toMatchObject([{ counted: 2 }]);
    expect((await glanceSeries(db, stranger, projectId)).totals).toEqual([]);
    // The stranger's (empty) computation overwrote nothing of the owner's: read as stored.
    expect(await glanceSeries(db, owner, projectId)).toEqual({ ...owners, how: "read" });
  });

  it("changes nothing of another tenant", async () => {
    const db = handle.db;
    await expect(
      addKeywords(db, stranger, projectId, { text: "gamma", tags: [] }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(startManualCheck(db, stranger, projectId)).rejects.toMatchObject({ status: 404 });
    expect(
      await updateProject(db, stranger, projectId, { scheduleEnabled: false }),
    ).toBeUndefined();
    expect(await deleteKeywords(db, stranger, projectId, keywordIds)).toBe(0);
    expect(await deleteProject(db, stranger, projectId)).toBe(false);

    expect(await findProject(db, owner, projectId)).toMatchObject({ scheduleEnabled: true });
    expect((await listKeywords(db, owner, projectId)).map((k) => k.keyword)).toEqual([
      "alpha",
      "beta",
    ]);
    expect(await historyPage(db, owner, projectId, null, 1000)).toHaveLength(2);
    expect((await listProjects(db, owner)).map((p) => p.keywordCount)).toEqual([2]);
  });
});
