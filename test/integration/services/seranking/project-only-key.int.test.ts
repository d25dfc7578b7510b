// A key only SE Ranking's Project API accepts (a Business plan without Data API credits): Save
// keeps it, encrypted, as Project-only; keyword projects go to the rank tracker; backlinks and
// prospect metrics are refused before any call reaches SE Ranking.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findIntegration } from "@/lib/db/queries/integrations";
import { createOwnerAccount } from "@/lib/services/accounts";
import { PROJECT_ONLY_DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { createTestDb } from "@/test/support/test-db";

let sim: RunningSimulator;
let handle: DbHandle;
let service: typeof import("@/lib/services/seranking/integration-service");
let tenantClient: typeof import("@/lib/services/seranking/tenant-client");
let projects: typeof import("@/lib/services/keywords/project-service");
let actor: { tenantId: string; actorUserId: string };

beforeAll(async () => {
  // The simulator's start-up keys: the Project-only key is one of them.
  sim = await startSimulator({ port: 0, rateLimit: 0 });
  Object.assign(process.env, {
    AUTH_SECRET: "x".repeat(40),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    SERANKING_BASE_URL: sim.url,
    SERANKING_DATA_API_URL: sim.url,
    SERANKING_PROJECT_API_URL: sim.url,
  });
  service = await import("@/lib/services/seranking/integration-service");
  tenantClient = await import("@/lib/services/seranking/tenant-client");
  projects = await import("@/lib/services/keywords/project-service");
  handle = await createTestDb();
  const r = await createOwnerAccount(handle.db, {
    name: "p",
    email: "p@project-only.test",
    password: "password-p-123",
    tenantName: "p",
    tenantSlug: "project-only",
  });
  actor = { tenantId: r.tenant.id, actorUserId: r.userId };
});
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

describe("a key only the Project API accepts", () => {
  it("the Data API answers it 403 Subscription required, the provider contract 401", async () => {
    const auth = { Authorization: `Token ${PROJECT_ONLY_DEMO_KEY}` };
    const data = await fetch(`${sim.url}/v1/account/subscription`, { headers: auth });
    expect(data.status).toBe(403);
    expect((await data.json()).error.message).toBe("Subscription required");
    const sites = await fetch(`${sim.url}/sites`, { headers: auth });
    expect(sites.status).toBe(200);
  });

  it("Test key says it works for the Project API only, and stores nothing", async () => {
    const tested = await service.testKeyApis(handle.db, actor.tenantId, PROJECT_ONLY_DEMO_KEY);
    expect(tested.projectOnly).toMatchObject({ data: false, project: true, backlinks: false });
    expect(await findIntegration(handle.db, actor.tenantId)).toBeUndefined();
  });

  it("is saved encrypted with {data: false, project: true} and the Data API's reason", async () => {
    await service.saveKey(handle.db, actor, PROJECT_ONLY_DEMO_KEY);
    const row = await findIntegration(handle.db, actor.tenantId);
    expect(row?.apiKey).toBeTruthy();
    expect(row?.apiKey).not.toContain(PROJECT_ONLY_DEMO_KEY);
    const status = await service.integrationStatus(handle.db, actor.tenantId);
    expect(status.state).toBe("connected");
    expect(status.apis).toMatchObject({ data: false, project: true, backlinks: false });
    expect(status.apis?.dataReason).toMatch(/Data API refused this key: Subscription required/);
    expect(status.apisLabel).toBe("Project API (rank tracking) only");
    expect(JSON.stringify(status)).not.toContain(PROJECT_ONLY_DEMO_KEY);
  });

  it("re-verify checks it on the Project API and keeps it connected", async () => {
    const next = await service.reverifyKey(handle.db, actor);
    expect(next).toMatchObject({ status: "connected", lastError: null });
    expect(next.apis).toMatchObject({ project: true, backlinks: false });
  });

  it("backlinks and prospect metrics are refused with 409 no_backlink_api, no request made", async () => {
    sim.state.log.clear();
    await expect(
      tenantClient.withTenantClient(handle.db, actor.tenantId, (c) =>
        c.getBacklinksSummary("example.com"),
      ),
    ).rejects.toMatchObject({
      status: 409,
      code: "no_backlink_api",
      message: expect.stringMatching(/connect a key with Data API access/),
    });
    const { addDomains, createList } = await import("@/lib/services/prospects/lists");
    const { startMetricsRun } = await import("@/lib/services/prospects/metrics-run");
    const list = await createList(handle.db, actor.tenantId, "prospects");
    await addDomains(handle.db, actor.tenantId, list.id, ["example.com"]);
    await expect(
      startMetricsRun(handle.db, actor.tenantId, list.id, { mode: "all", startedBy: null }),
    ).rejects.toMatchObject({ status: 409, code: "no_backlink_api" });
    expect(sim.state.log.entries()).toHaveLength(0);
  });

  it("a keyword project is tracked by SE Ranking's rank tracker", async () => {
    const created = await projects.createProject(handle.db, actor.tenantId, {
      domain: "project-only-tracked.com",
      searchEngine: "google",
      location: "United States",
      scheduleEnabled: true,
    });
    expect(created.seSiteId).not.toBeNull();
    expect(created.trackerNote ?? null).toBeNull();
    const keyId = sim.state.keys.get(PROJECT_ONLY_DEMO_KEY)!.keyId;
    expect(sim.state.projects.sitesOf(keyId)).toEqual([
      expect.objectContaining({ id: created.seSiteId, name: "project-only-tracked.com" }),
    ]);
  });

  it("a key every API refuses still gets the backlink APIs' error and is not stored", async () => {
    const before = await findIntegration(handle.db, actor.tenantId);
    await expect(
      service.saveKey(handle.db, actor, "unknown-sk-000000000000"),
    ).rejects.toMatchObject({
      status: 422,
      code: "key_refused",
    });
    expect((await findIntegration(handle.db, actor.tenantId))?.apiKey).toBe(before?.apiKey);
  });
});
