// Dialect per integration: detected on Test/Save (the public Data API first), stored in the
// integration's metadata, used by the tenant's client, changeable by an admin — per tenant.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findIntegration } from "@/lib/db/queries/integrations";
import { createOwnerAccount } from "@/lib/services/accounts";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { dataSummaryFor } from "@/simulator/universe-data-v1";
import { createTestDb } from "@/test/support/test-db";

const DATA_ONLY = "data-only-sk-1f2e3d4c5b6a79880716";
const V3_ONLY = "v3-only-sk-a1b2c3d4e5f60718293a";
const BOTH = "both-sk-0a9b8c7d6e5f40312213";
const WITH_PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";
const EXPIRED = "expired-sk-5e4d3c2b1a0f99887766";

let sim: RunningSimulator;
let handle: DbHandle;
let service: typeof import("@/lib/services/seranking/integration-service");
let tenantClient: typeof import("@/lib/services/seranking/tenant-client");
const actors: { tenantId: string; actorUserId: string }[] = [];

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    rateLimit: 0,
    keys: [
      { key: DATA_ONLY, dialects: ["data-v1"] },
      { key: V3_ONLY, dialects: ["provider-v3"] },
      { key: BOTH, dialects: ["data-v1", "provider-v3"] },
      { key: EXPIRED, dialects: ["data-v1"], subscriptionStatus: "expired" },
      { key: WITH_PROJECT, dialects: ["data-v1", "project-api"] },
    ],
  });
  Object.assign(process.env, {
    AUTH_SECRET: "x".repeat(40),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    SERANKING_BASE_URL: sim.url,
    SERANKING_DATA_API_URL: sim.url,
    SERANKING_PROJECT_API_URL: sim.url,
  });
  service = await import("@/lib/services/seranking/integration-service");
  tenantClient = await import("@/lib/services/seranking/tenant-client");
  handle = await createTestDb();
  for (const name of ["a", "b"]) {
    const r = await createOwnerAccount(handle.db, {
      name,
      email: `${name}@dialect.test`,
      password: `password-${name}-123`,
      tenantName: name,
      tenantSlug: `dialect-${name}`,
    });
    actors.push({ tenantId: r.tenant.id, actorUserId: r.userId });
  }
});
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

const dialectOf = async (tenantId: string) =>
  ((await findIntegration(handle.db, tenantId))?.metadata as { dialect?: string } | undefined)
    ?.dialect;

describe("which APIs a key can use, found at Save", () => {
  it("Data + Project key → both stored and shown; Data-only → Subscription required, said in Settings", async () => {
    const [, b] = actors;
    await service.saveKey(handle.db, b!, WITH_PROJECT);
    expect((await service.integrationStatus(handle.db, b!.tenantId)).apis).toMatchObject({
      data: true,
      project: true,
      projectReason: null,
    });
    await service.saveKey(handle.db, b!, DATA_ONLY);
    const status = await service.integrationStatus(handle.db, b!.tenantId);
    expect(status.apis).toMatchObject({ data: true, project: false });
    expect(status.apis?.projectReason).toMatch(/Subscription required/);
    expect(status.apisLabel).toBe("Data API only");
    // An outage at Save says nothing about the plan: not available, and why.
    sim.state.faults.add({ kind: "status", status: 503, path: "/sites" });
    await service.saveKey(handle.db, b!, WITH_PROJECT);
    const later = await service.integrationStatus(handle.db, b!.tenantId);
    expect(later.apis?.project).toBe(false);
    expect(later.apis?.projectReason).toMatch(/could not be checked just now/);
    sim.state.faults.clear();
  });
});

describe("dialect detection and choice", () => {
  it("a key only the Data API accepts → data-v1, stored, used, labelled DT/PT", async () => {
    const [a] = actors;
    const tested = await service.testKey(handle.db, a!.tenantId, DATA_ONLY);
    expect(tested.dialect.id).toBe("data-v1");
    await service.saveKey(handle.db, a!, DATA_ONLY);
    expect(await dialectOf(a!.tenantId)).toBe("data-v1");
    const status = await service.integrationStatus(handle.db, a!.tenantId);
    expect(status).toMatchObject({
      dialect: "data-v1",
      metricLabels: { trustShort: "DT", citationShort: "PT" },
      account: { status: "active" },
    });
    const summary = await tenantClient.withTenantClient(handle.db, a!.tenantId, (c) =>
      c.getBacklinksSummary("example.com"),
    );
    expect(summary.domainInlinkRank).toBe(dataSummaryFor("example.com").domain_inlink_rank);
    expect(summary.trustFlow).toBeNull();
  });

  it("the Data API is tried first: a key both accept is data-v1; provider-only stays provider-v3", async () => {
    const [a] = actors;
    expect((await service.testKey(handle.db, a!.tenantId, BOTH)).dialect.id).toBe("data-v1");
    expect((await service.testKey(handle.db, a!.tenantId, V3_ONLY)).dialect.id).toBe("provider-v3");
    const v1Calls = sim.state.log.entries({ path: "/v1/account/subscription" });
    expect(v1Calls.length).toBeGreaterThanOrEqual(2);
  });

  it("a Data API key whose subscription expired is reported as such, not as an unknown key", async () => {
    const [a] = actors;
    await expect(service.testKey(handle.db, a!.tenantId, EXPIRED)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/subscription is expired/),
    });
  });

  it("an admin switch to an API that refuses the key is rejected and changes nothing", async () => {
    const [a] = actors;
    await expect(service.changeDialect(handle.db, a!, "provider-v3")).rejects.toMatchObject({
      status: 422,
    });
    expect(await dialectOf(a!.tenantId)).toBe("data-v1");
  });

  it("a switch the key supports is stored for that tenant only", async () => {
    const [a, b] = actors;
    await service.saveKey(handle.db, b!, BOTH);
    expect(await dialectOf(b!.tenantId)).toBe("data-v1");
    await service.changeDialect(handle.db, b!, "provider-v3");
    expect(await dialectOf(b!.tenantId)).toBe("provider-v3");
    expect(await dialectOf(a!.tenantId)).toBe("data-v1");
    const labels = await tenantClient.tenantMetricLabels(handle.db, b!.tenantId);
    expect(labels.trustShort).toBe("TF");
  });
});
