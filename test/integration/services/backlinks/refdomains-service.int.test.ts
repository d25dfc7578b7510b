import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encrypt } from "@/lib/crypto/envelope";
import type { DbHandle } from "@/lib/db/client";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { createOwnerAccount } from "@/lib/services/accounts";
import { anchors, referringDomains } from "@/lib/services/backlinks/refdomains-service";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { DATA_API_DEMO_KEY, DEMO_KEY } from "@/simulator/keys";
import { anchorsFor, refdomainsFor } from "@/simulator/refdomains-anchors";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { summaryFor } from "@/simulator/universe";
import { createTestDb } from "@/test/support/test-db";

// Referring domains and anchors against the real simulator and database: the Data API's calls
// (cached, paid once) and the provider's aggregation from the links it fetched (and says so).

let handle: DbHandle;
let sim: RunningSimulator;
const tenants = { data: "", provider: "" };

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: 0 });
  process.env.SERANKING_BASE_URL = sim.url;
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.SERANKING_PROJECT_API_URL = sim.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  for (const tag of ["data", "provider"] as const) {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: `Owner ${tag}`,
      email: `owner-${tag}@example.test`,
      password: "correct-horse-42",
      tenantName: `Team ${tag}`,
      tenantSlug: `team-${tag}`,
    });
    tenants[tag] = tenant.id;
    const key = tag === "data" ? DATA_API_DEMO_KEY : DEMO_KEY;
    await upsertIntegration(handle.db, tenant.id, {
      apiKey: encrypt(key, serverKeyring().current),
      metadata: {
        dialect: tag === "data" ? "data-v1" : "provider-v3",
        last4: key.slice(-4),
        status: "connected",
      },
    });
  }
});
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

const calls = (path: string) => sim.state.log.entries({ path }).length;

describe("Data API: its own calls", () => {
  it("referring domains: the API's rows in the asked order, cached", async () => {
    const db = handle.db;
    const r = await referringDomains({ db, tenantId: tenants.data, domain: "example.com" });
    const expected = refdomainsFor("example.com", { orderBy: "domain_inlink_rank", limit: 1000 });
    expect(r).toMatchObject({
      source: "api",
      fetchedLinks: null,
      complete: true,
      fromCache: false,
    });
    expect(r.rows.map((d) => [d.domain, d.authority])).toEqual(
      expected.map((d) => [d.refdomain, d.domain_inlink_rank]),
    );
    const again = await referringDomains({ db, tenantId: tenants.data, domain: "example.com" });
    expect(again.fromCache).toBe(true);
    expect(calls("/v1/backlinks/refdomains")).toBe(1);
    // Another order is another call.
    const byDate = await referringDomains({
      db,
      tenantId: tenants.data,
      domain: "example.com",
      order: "date_found",
    });
    expect(byDate.rows[0]?.domain).toBe(
      refdomainsFor("example.com", { orderBy: "date_found", limit: 1 })[0]?.refdomain,
    );
    expect(calls("/v1/backlinks/refdomains")).toBe(2);
  });

  it("anchors: the API's rows", async () => {
    const r = await anchors({ db: handle.db, tenantId: tenants.data, domain: "example.com" });
    expect(r.source).toBe("api");
    expect(r.rows.map((a) => a.anchor)).toEqual(
      anchorsFor("example.com", { orderBy: "backlinks", limit: 1000 }).map((a) => a.anchor),
    );
  });
});

describe("provider contract: aggregated from the links fetched", () => {
  it("says how many links; a whole short list gives every referring domain", async () => {
    const db = handle.db;
    const total = summaryFor("example.com").total_backlinks;
    const r = await referringDomains({ db, tenantId: tenants.provider, domain: "example.com" });
    expect(r).toMatchObject({ source: "aggregated", fetchedLinks: total, complete: true });
    expect(r.rows).toHaveLength(summaryFor("example.com").referring_domains);
    expect(r.rows.reduce((n, d) => n + d.backlinks, 0)).toBe(total);
    const listCalls = calls("/research/backlinks/");
    // Anchors reuse the same cached pages: no further upstream call.
    const a = await anchors({ db, tenantId: tenants.provider, domain: "example.com" });
    expect(a).toMatchObject({ source: "aggregated", fetchedLinks: total, fromCache: true });
    expect(a.rows.reduce((n, x) => n + x.backlinks, 0)).toBe(total);
    expect(calls("/research/backlinks/")).toBe(listCalls);
  });

  it("stops at its cap on a long list and says it is not complete", async () => {
    const r = await anchors({
      db: handle.db,
      tenantId: tenants.provider,
      domain: "giant-example.com",
    });
    expect(r).toMatchObject({ source: "aggregated", fetchedLinks: 5000, complete: false });
  });
});
