import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { keyringFrom } from "@/lib/crypto/keyring";
import type { DbHandle } from "@/lib/db/client";
import { listAudit } from "@/lib/db/queries/audit";
import { findIntegration } from "@/lib/db/queries/integrations";
import { integrations } from "@/lib/db/schema";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { createTestDb } from "@/test/support/test-db";
import { twoOwnerTenants } from "@/test/support/two-tenants";

const CANARY = "canary-sk-7d1e9b3f5a2c4e6081f3a5c7e9b1d3f5";
const OTHER = "other-sk-00112233445566778899aabbccddeeff";
const currentKey = randomBytes(32).toString("base64");

let sim: RunningSimulator;
let handle: DbHandle;
let service: typeof import("@/lib/services/seranking/integration-service");
let rotate: typeof import("@/lib/services/seranking/rotate-keys");
let actor: { tenantId: string; actorUserId: string };
let otherActor: { tenantId: string; actorUserId: string };

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: 0, keys: [{ key: CANARY }, { key: OTHER }] });
  Object.assign(process.env, {
    AUTH_SECRET: "x".repeat(40),
    ENCRYPTION_KEY: currentKey,
    SERANKING_BASE_URL: sim.url,
    SERANKING_DATA_API_URL: sim.url,
    SERANKING_PROJECT_API_URL: sim.url,
  });
  service = await import("@/lib/services/seranking/integration-service");
  rotate = await import("@/lib/services/seranking/rotate-keys");
  handle = await createTestDb();
  ({ a: actor, b: otherActor } = await twoOwnerTenants(handle.db));
});
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});
beforeEach(() => sim.state.faults.clear());

describe("connecting a tenant's SE Ranking key", () => {
  it("Test key verifies and stores nothing", async () => {
    const { account, dialect } = await service.testKey(handle.db, actor.tenantId, CANARY);
    expect(account.email).toBeTruthy();
    expect(dialect.id).toBe("provider-v3");
    expect(await findIntegration(handle.db, actor.tenantId)).toBeUndefined();
  });

  it("a rejected key gives SE Ranking's reason and stores nothing", async () => {
    await expect(
      service.testKey(handle.db, actor.tenantId, "wrong-key-1234567890"),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^SE Ranking rejected this key: .+/),
    });
    await expect(service.saveKey(handle.db, actor, "wrong-key-1234567890")).rejects.toMatchObject({
      status: 422,
    });
    expect(await findIntegration(handle.db, actor.tenantId)).toBeUndefined();
  });

  it("Save stores the spec's row with ciphertext only, and audits it", async () => {
    await service.saveKey(handle.db, actor, CANARY);
    const row = await findIntegration(handle.db, actor.tenantId);
    expect(row?.provider).toBe("se_ranking");
    expect(row?.apiKey).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(CANARY);
    expect(row?.metadata).toMatchObject({ last4: CANARY.slice(-4), status: "connected" });
    const status = await service.integrationStatus(handle.db, actor.tenantId);
    expect(status).toMatchObject({
      state: "connected",
      last4: CANARY.slice(-4),
      connectedBy: "a@example.test",
    });
    expect(JSON.stringify(status)).not.toContain(CANARY);
    expect((await listAudit(handle.db, actor.tenantId))[0]?.action).toBe("integration.connected");
    // The other tenant still has nothing.
    expect((await service.integrationStatus(handle.db, otherActor.tenantId)).state).toBe(
      "not_connected",
    );
  });

  it("an outage during Test or Save loses nothing of the saved key", async () => {
    const before = await findIntegration(handle.db, actor.tenantId);
    sim.state.faults.add({ kind: "status", status: 500 });
    await expect(service.testKey(handle.db, actor.tenantId, OTHER)).rejects.toMatchObject({
      kind: "upstream_unavailable",
    });
    await expect(service.saveKey(handle.db, actor, OTHER)).rejects.toMatchObject({
      kind: "upstream_unavailable",
    });
    await expect(service.reverifyKey(handle.db, actor)).rejects.toMatchObject({
      kind: "upstream_unavailable",
    });
    const after = await findIntegration(handle.db, actor.tenantId);
    expect(after?.apiKey).toBe(before?.apiKey);
    expect(after?.metadata).toEqual(before?.metadata);
  });

  it("Re-verify flips to needs-attention when SE Ranking starts rejecting the key, and back", async () => {
    sim.state.faults.add({ kind: "status", status: 401 });
    await expect(service.reverifyKey(handle.db, actor)).rejects.toMatchObject({
      kind: "invalid_key",
    });
    const status = await service.integrationStatus(handle.db, actor.tenantId);
    expect(status.state).toBe("needs_attention");
    expect(status.lastError).toBeTruthy();
    sim.state.faults.clear();
    await service.reverifyKey(handle.db, actor);
    expect((await service.integrationStatus(handle.db, actor.tenantId)).state).toBe("connected");
  });

  it("any feature call that SE Ranking answers with 401 flips the integration to needs-attention", async () => {
    const { withTenantClient } = await import("@/lib/services/seranking/tenant-client");
    const summary = await withTenantClient(handle.db, actor.tenantId, (c) =>
      c.getBacklinksSummary("example.com"),
    );
    expect(summary.domain).toBe("example.com");
    sim.state.faults.add({ kind: "status", status: 401, path: "/research/backlinks/summary/" });
    await expect(
      withTenantClient(handle.db, actor.tenantId, (c) => c.getBacklinksSummary("example.com")),
    ).rejects.toMatchObject({ kind: "invalid_key" });
    const status = await service.integrationStatus(handle.db, actor.tenantId);
    expect(status.state).toBe("needs_attention");
    expect(status.last4).toBe(CANARY.slice(-4));
    sim.state.faults.clear();
    await service.reverifyKey(handle.db, actor);
  });

  it("a tenant without a key gets not_connected, never another tenant's client", async () => {
    const { withTenantClient } = await import("@/lib/services/seranking/tenant-client");
    await expect(
      withTenantClient(handle.db, otherActor.tenantId, (c) => c.getBacklinksSummary("example.com")),
    ).rejects.toMatchObject({ status: 409, code: "not_connected" });
  });

  it("Replace and Disconnect", async () => {
    await service.saveKey(handle.db, actor, OTHER);
    expect((await service.integrationStatus(handle.db, actor.tenantId)).last4).toBe(
      OTHER.slice(-4),
    );
    await service.disconnectKey(handle.db, actor);
    expect(await findIntegration(handle.db, actor.tenantId)).toBeUndefined();
    const actions = (await listAudit(handle.db, actor.tenantId)).map((a) => a.action);
    expect(actions.slice(0, 2)).toEqual(["integration.disconnected", "integration.key_replaced"]);
  });
});

describe("key rotation", () => {
  it("re-encrypts every row with the new key; the old key alone can no longer open them", async () => {
    await service.saveKey(handle.db, actor, CANARY);
    await service.saveKey(handle.db, otherActor, OTHER);
    const newKey = randomBytes(32).toString("base64");
    const report = await rotate.rotateEncryption(handle.db, keyringFrom(newKey, currentKey));
    expect(report).toMatchObject({ total: 2, reencrypted: 2, alreadyCurrent: 0, failed: [] });
    const again = await rotate.rotateEncryption(handle.db, keyringFrom(newKey, currentKey));
    expect(again).toMatchObject({ total: 2, reencrypted: 0, alreadyCurrent: 2 });
    const { decrypt } = await import("@/lib/crypto/envelope");
    const [row] = await handle.db
      .select()
      .from(integrations)
      .where(eq(integrations.tenantId, actor.tenantId));
    expect(decrypt(row!.apiKey!, keyringFrom(newKey).all)).toBe(CANARY);
    expect(() => decrypt(row!.apiKey!, keyringFrom(currentKey).all)).toThrow(/not configured/);
  });

  it("reports rows it cannot open and leaves them untouched", async () => {
    const stranger = keyringFrom(randomBytes(32).toString("base64"));
    const before = await handle.db.select().from(integrations);
    const report = await rotate.rotateEncryption(handle.db, stranger);
    expect(report.failed).toHaveLength(2);
    expect(report.failed.map((f) => f.reason).join()).not.toContain(CANARY);
    expect(await handle.db.select().from(integrations)).toEqual(before);
  });
});
