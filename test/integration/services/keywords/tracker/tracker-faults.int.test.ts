// Every fault × every rank-tracker feature (create/link site, add keywords, recheck, read
// positions) against the simulator's fault controls: each gives a clear message, and nothing
// stored is lost (the project, its keywords, the earlier history). Table-driven, like
// simulator/client-against-simulator.faults.test.ts.

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { latestRun } from "@/lib/db/queries/keyword-checks";
import { findProject, listKeywords } from "@/lib/db/queries/keyword-projects";
import { keywordChecks } from "@/lib/db/schema";
import type { Engine } from "@/lib/jobs/engine";
import { ProjectApiClient } from "@/lib/seranking/project-api";
import { RateLimiterRegistry } from "@/lib/seranking/rate-limiter";
import { startManualCheck } from "@/lib/services/keywords/check-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import { pollTrackerRun } from "@/lib/services/keywords/tracker/tracker-run";
import type { FaultInput } from "@/simulator/faults";
import type { RunningSimulator } from "@/simulator/start-simulator";
import {
  at,
  enqueueOnlyEngine,
  runCheckJob,
  startKeywordSimulator,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";
import { trackerTenant } from "@/test/support/tracker-fixture";

const KEY = "c0ffee0123456789abcdef0123456789abcdef01";
const DAY = "2026-03-10";
let sim: RunningSimulator;
let handle: DbHandle;
let engine: Engine;

// The tenant's Project API client, with retries in milliseconds and a short timeout.
vi.mock("@/lib/services/seranking/tenant-client", async (original) => ({
  ...(await original<typeof import("@/lib/services/seranking/tenant-client")>()),
  projectClientForTenant: async () =>
    new ProjectApiClient({
      apiKey: KEY,
      baseUrl: sim.url,
      timeoutMs: 300,
      retry: { retries: 1, baseDelayMs: 5, maxDelayMs: 10, maxTotalMs: 2_000 },
      rateLimiters: new RateLimiterRegistry(),
    }),
}));

type Setup = "status" | "no_project_api" | "no_room";
interface FaultCase {
  name: string;
  fault?: Omit<FaultInput, "path" | "method">;
  setup?: Setup;
  message: RegExp;
}

const FAULTS: FaultCase[] = [
  { name: "401", fault: { kind: "status", status: 401 }, message: /rejected the key/ },
  { name: "402", fault: { kind: "status", status: 402 }, message: /no API credits left/ },
  {
    name: "403 Insufficient funds",
    fault: { kind: "status", status: 403 },
    message: /no API credits left/,
  },
  {
    name: "403 Subscription required",
    setup: "no_project_api",
    message: /does not include the Project API/,
  },
  { name: "429", fault: { kind: "status", status: 429 }, message: /rate-limiting this key/ },
  { name: "500", fault: { kind: "status", status: 500 }, message: /not answering right now/ },
  { name: "timeout", fault: { kind: "timeout" }, message: /took too long/ },
  { name: "malformed reply", fault: { kind: "malformed_json" }, message: /could not read/ },
];
// 403 "Limit reached" where a plan limit applies: sites and keywords (a recheck uses none, §6).
const LIMIT: FaultCase = {
  name: "403 Limit reached",
  setup: "no_room",
  message: /limit is reached/,
};

function arm(c: FaultCase, path: string, method: string) {
  if (c.fault) sim.state.faults.add({ ...c.fault, path, method, count: 10 });
  if (c.setup === "no_project_api") sim.state.keys.set({ key: KEY, dialects: ["data-v1"] });
  if (c.setup === "no_room") sim.state.keys.set({ key: KEY, siteLimit: 0, keywordLimit: 0 });
}

beforeAll(async () => {
  sim = await startKeywordSimulator(DAY);
  sim.state.config.recheckDelayMs = 3_600_000;
  sim.state.keys.set({ key: KEY, dialects: ["data-v1", "project-api"] });
  handle = await createTestDb();
  engine = await enqueueOnlyEngine(handle);
});
beforeEach(() => {
  sim.state.faults.clear();
  sim.state.keys.set({
    key: KEY,
    dialects: ["data-v1", "project-api"],
    siteLimit: 100,
    keywordLimit: 10_000,
  });
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});

let n = 0;
/** A tracked project with two keywords in the tracker and one good check in its history. */
async function trackedProject() {
  const { tenantId } = await trackerTenant(handle.db, `faults${++n}`, KEY, true);
  const project = await createProject(handle.db, tenantId, {
    domain: `tracked-${n}.com`,
    searchEngine: "google",
    location: "United States",
    scheduleEnabled: true,
  });
  await addKeywords(handle.db, tenantId, project.id, { text: "red shoes\nblue shoes", tags: [] });
  const { run: started } = await startManualCheck(handle.db, tenantId, project.id, at(DAY, -24));
  await runCheckJob(handle.db, started);
  sim.state.projects.complete(Date.now(), 0);
  await pollTrackerRun(
    handle.db,
    (await latestRun(handle.db, tenantId, project.id))!,
    new Date(Date.now() + 60_000),
  );
  expect((await latestRun(handle.db, tenantId, project.id))?.status).toBe("done");
  return { tenantId, project: (await findProject(handle.db, tenantId, project.id))! };
}

const history = (projectId: string) =>
  handle.db.select().from(keywordChecks).where(eq(keywordChecks.projectId, projectId));

async function createCase(c: FaultCase) {
  {
    const { tenantId } = await trackerTenant(handle.db, `create${++n}`, KEY, true);
    arm(c, "/sites", "GET");
    arm(c, "/sites", "POST");
    const project = await createProject(handle.db, tenantId, {
      domain: `new-site-${n}.com`,
      searchEngine: "google",
      location: "United States",
      scheduleEnabled: true,
    });
    const stored = await findProject(handle.db, tenantId, project.id);
    // Limit reached only bites on create: an existing site would be linked, so none exists here.
    expect(stored).toMatchObject({ seSiteId: null, seSiteEngineId: null });
    expect(stored!.trackerNote).toMatch(c.message);
    expect(stored!.trackerNote).toMatch(/monthly database/);
  }
}

async function addCase(c: FaultCase) {
  {
    const { tenantId, project } = await trackedProject();
    arm(c, `/sites/${project.seSiteId}/keywords`, "POST");
    const result = await addKeywords(handle.db, tenantId, project.id, {
      text: "green shoes",
      tags: [],
    });
    expect(result.added.map((k) => k.keyword)).toEqual(["green shoes"]);
    expect(result.trackerError).toMatch(c.message);
    const keywords = await listKeywords(handle.db, tenantId, project.id);
    expect(keywords.map((k) => k.keyword).sort()).toEqual([
      "blue shoes",
      "green shoes",
      "red shoes",
    ]);
    return result;
  }
}

async function recheckCase(c: FaultCase) {
  const { tenantId, project } = await trackedProject();
  const before = await history(project.id);
  arm(c, `/sites/${project.seSiteId}/recheck`, "POST");
  const { run: started } = await startManualCheck(handle.db, tenantId, project.id, at(DAY));
  await runCheckJob(handle.db, started);
  const run = await latestRun(handle.db, tenantId, project.id);
  expect(run).toMatchObject({ status: "failed" });
  expect(run!.error).toMatch(c.message);
  const after = await history(project.id);
  expect(after.filter((r) => before.some((b) => b.id === r.id))).toEqual(before);
  expect(after.filter((r) => r.runId === run!.id).every((r) => r.status === "failed")).toBe(true);
}

async function readPositionsCase(c: FaultCase) {
  const { tenantId, project } = await trackedProject();
  const before = await history(project.id);
  const { run: started } = await startManualCheck(handle.db, tenantId, project.id, at(DAY));
  await runCheckJob(handle.db, started);
  arm(c, `/sites/${project.seSiteId}/positions`, "GET");
  await pollTrackerRun(
    handle.db,
    (await latestRun(handle.db, tenantId, project.id))!,
    new Date(Date.now() + 60_000),
  );
  const run = await latestRun(handle.db, tenantId, project.id);
  expect(run).toMatchObject({ status: "failed" });
  expect(run!.error).toMatch(c.message);
  expect((await history(project.id)).filter((r) => before.some((b) => b.id === r.id))).toEqual(
    before,
  );
}

describe.each(FAULTS)("$name", (c) => {
  it("create/link site: the project is stored, on database positions, with the reason", () =>
    createCase(c));
  it("add keywords: they are stored and the failure is said", () => addCase(c));

  it("recheck: the run fails with the reason; earlier history is kept", () => recheckCase(c));

  it("read positions: the run fails with the reason; earlier history is kept", () =>
    readPositionsCase(c));
});

describe(LIMIT.name, () => {
  it("create/link site: the project is stored, on database positions, with the reason", () =>
    createCase(LIMIT));
  it("add keywords: they are stored and SE Ranking's words on what is left are shown", async () => {
    const result = await addCase(LIMIT);
    expect(result.trackerError).toMatch(/Cannot add 1 keywords — you have 0 keywords remaining/);
  });
});

// The reference names no plan limit for rechecks or reads, but should SE Ranking answer 403
// "Limit reached" there, the run must still fail with words an admin can act on.
const LIMIT_FAULT: FaultCase = {
  name: "403 Limit reached (recheck, read positions)",
  fault: { kind: "status", status: 403, variant: "limit_reached" },
  message: /limit is reached/,
};

describe(LIMIT_FAULT.name, () => {
  it("recheck: the run fails with the reason; earlier history is kept", () =>
    recheckCase(LIMIT_FAULT));
  it("read positions: the run fails with the reason; earlier history is kept", () =>
    readPositionsCase(LIMIT_FAULT));
});
