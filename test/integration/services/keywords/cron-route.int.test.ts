// The cron route (not tenant-scoped): only `Authorization: Bearer <CRON_SECRET>` asks for a
// due-checks tick, which the job engine runs like its own schedule's.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findLatestRunOfTenant } from "@/lib/db/queries/keyword-checks";
import type { Engine } from "@/lib/jobs/engine";
import { handlers } from "@/lib/jobs/handlers";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import type { RunningSimulator } from "@/simulator/start-simulator";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { connectedTenant, startKeywordSimulator } from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

const SECRET = "cron-secret-for-tests-0123456789";
let handle: DbHandle;
let sim: RunningSimulator;
let engine: Engine;
let tenantId: string;

// The route reaches the database through getDb(); the session is never consulted (public route).
vi.mock("@/lib/db", () => ({ getDb: async () => handle.db }));
vi.mock("@/lib/auth", () => ({ currentUserId: async () => undefined }));
// Read the environment afresh on each call, so a test can set and unset CRON_SECRET.
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, env: () => actual.parseEnv(process.env) };
});

const { GET, POST } = await import("@/app/api/cron/keyword-checks/route");
const call = (handler: typeof GET, authorization?: string) =>
  handler(
    new Request("http://localhost/api/cron/keyword-checks", {
      headers: authorization ? { authorization } : {},
    }),
    { params: Promise.resolve({}) },
  );

beforeAll(async () => {
  sim = await startKeywordSimulator("2026-06-01");
  handle = await createTestDb();
  ({ tenantId } = await connectedTenant(handle.db, "cron"));
  engine = await startTestEngine(handle, handlers);
  const project = await createProject(
    handle.db,
    tenantId,
    {
      domain: "example.com",
      searchEngine: "yahoo",
      location: "United States",
      scheduleEnabled: true,
    },
    new Date(Date.now() - 25 * 3_600_000), // due now
  );
  await addKeywords(handle.db, tenantId, project.id, { text: "cron keyword", tags: [] });
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});

describe("GET|POST /api/cron/keyword-checks", () => {
  it("answers 503 while CRON_SECRET is not set", async () => {
    delete process.env.CRON_SECRET;
    const response = await call(GET, `Bearer ${SECRET}`);
    expect(response.status).toBe(503);
  });

  it("answers 401 without the right bearer token and runs nothing", async () => {
    process.env.CRON_SECRET = SECRET;
    for (const auth of [undefined, SECRET, `Bearer ${SECRET}x`, `Token ${SECRET}`, "Bearer "]) {
      const response = await call(POST, auth);
      expect(response.status, String(auth)).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    }
    expect(sim.state.log.entries({ path: "/keywords/check/" })).toHaveLength(0);
  });

  it("with the right token queues a tick; the due check runs once", async () => {
    const response = await call(POST, `Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.queued).toBe(true);
    const run = await waitFor("the due check to end", async () => {
      const latest = await findLatestRunOfTenant(handle.db, tenantId);
      return latest && latest.status !== "running" ? latest : null;
    });
    expect(run).toMatchObject({ trigger: "scheduled", status: "done" });
    // The tick job is done too, so a second call queues a tick that finds nothing due.
    await waitFor("the first tick to complete", async () => {
      const job = await engine.boss.getJobById("keyword-checks-due", body.jobId);
      return job?.state === "completed";
    });
    const second = await (await call(GET, `Bearer ${SECRET}`)).json();
    await waitFor("the second tick to complete", async () => {
      const job = await engine.boss.getJobById("keyword-checks-due", second.jobId);
      return job?.state === "completed";
    });
    expect(sim.state.log.entries({ path: "/keywords/check/" })).toHaveLength(1);
  });
});
