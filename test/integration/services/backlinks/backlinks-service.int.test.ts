import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encrypt, encryptionKey } from "@/lib/crypto/envelope";
import type { DbHandle } from "@/lib/db/client";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { listUsage } from "@/lib/db/queries/seranking-usage";
import { createOwnerAccount } from "@/lib/services/accounts";
import { backlinksPage, backlinksSummary } from "@/lib/services/backlinks/backlinks-service";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { backlinksSummaryQuerySchema } from "@/lib/validations/backlinks";
import { DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { backlinksPageFor, summaryFor } from "@/simulator/universe";
import { createTestDb } from "@/test/support/test-db";

// The service against the real simulator and a real (PGlite/PostgreSQL) database: what it
// answers, what it costs upstream (the simulator's own request log), and per-tenant isolation.

let handle: DbHandle;
let sim: RunningSimulator;
const tenants: Record<"a" | "b", string> = { a: "", b: "" };

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: 0 });
  process.env.SERANKING_BASE_URL = sim.url;
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.SERANKING_PROJECT_API_URL = sim.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  for (const tag of ["a", "b"] as const) {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: `Owner ${tag}`,
      email: `owner-${tag}@example.test`,
      password: "correct-horse-42",
      tenantName: `Team ${tag}`,
      tenantSlug: `team-${tag}`,
    });
    tenants[tag] = tenant.id;
    await upsertIntegration(handle.db, tenant.id, {
      apiKey: encrypt(DEMO_KEY, serverKeyring().current),
      metadata: { dialect: "provider-v3", last4: DEMO_KEY.slice(-4), status: "connected" },
    });
  }
});
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

const SUMMARY_PATH = "/research/backlinks/summary/";
const LIST_PATH = "/research/backlinks/";
const calls = (path: string, domain: string) =>
  sim.state.log.entries({ path }).filter((e) => e.query.domain === domain).length;

describe("backlinks service", () => {
  it("answers the simulator's summary and serves a repeat from the cache", async () => {
    // As the route does: the shared schema turns a pasted URL into the domain.
    const { domain } = backlinksSummaryQuerySchema.parse({ domain: "https://www.Example.com/a" });
    const first = await backlinksSummary(handle.db, tenants.a, domain);
    const expected = summaryFor("example.com");
    expect(first.summary).toMatchObject({
      domain: "example.com",
      totalBacklinks: expected.total_backlinks,
      referringDomains: expected.referring_domains,
      referringIPs: expected.referring_ips,
      trustFlow: expected.trust_flow,
      citationFlow: expected.citation_flow,
      domainScore: expected.domain_trust_score,
      doFollowLinks: expected.dofollow_backlinks,
      noFollowLinks: expected.nofollow_backlinks,
    });
    expect(first).toMatchObject({ fromCache: false, metricLabels: { trust: "Trust Flow" } });
    const again = await backlinksSummary(handle.db, tenants.a, "example.com");
    expect(again).toMatchObject({ fromCache: true, fetchedAt: first.fetchedAt });
    expect(calls(SUMMARY_PATH, "example.com")).toBe(1);
  });

  it("makes one upstream call for ten identical concurrent requests", async () => {
    const domain = "concurrent-int-test.com";
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => backlinksSummary(handle.db, tenants.a, domain)),
    );
    expect(new Set(replies.map((r) => r.fetchedAt)).size).toBe(1);
    expect(calls(SUMMARY_PATH, domain)).toBe(1);
  });

  it("serves a page exactly as the simulator sorts, filters and pages it; force asks again", async () => {
    const view = {
      domain: "example.com",
      page: 3,
      limit: 25,
      sort: "first_seen",
      dofollow: true,
    } as const;
    const page = await backlinksPage(handle.db, tenants.a, view);
    const expected = backlinksPageFor("example.com", {
      sortBy: "first_seen",
      dofollowOnly: true,
      offset: 50,
      limit: 25,
    });
    expect(page.rows.map((r) => r.sourceUrl)).toEqual(expected.backlinks.map((b) => b.source_url));
    expect(page.rows.every((r) => !r.isNoFollow)).toBe(true);
    await backlinksPage(handle.db, tenants.a, view);
    expect(calls(LIST_PATH, "example.com")).toBe(1);
    const forced = await backlinksPage(handle.db, tenants.a, view, { force: true });
    expect(forced.fromCache).toBe(false);
    expect(calls(LIST_PATH, "example.com")).toBe(2);
  });

  it("keeps caches per tenant: another tenant's search is its own upstream call", async () => {
    const before = calls(SUMMARY_PATH, "example.com");
    const b = await backlinksSummary(handle.db, tenants.b, "example.com");
    expect(b.fromCache).toBe(false);
    expect(calls(SUMMARY_PATH, "example.com")).toBe(before + 1);
  });

  it("counts every upstream call in seranking_usage", async () => {
    // Usage is recorded without blocking the call it counts: give it a moment to land.
    await expect
      .poll(
        async () => {
          const rows = await listUsage(handle.db, tenants.a);
          // An endpoint has a row per feature and member (a refresh is its own feature): summed.
          const calls = (path: string) =>
            rows.filter((r) => r.endpoint === path).reduce((n, r) => n + r.calls, 0);
          return [calls(SUMMARY_PATH), calls(LIST_PATH)];
        },
        { timeout: 10_000 },
      )
      .toEqual([2, 2]);
  });

  it("decrypts the key only for an upstream call: a cached answer needs none", async () => {
    const cached = await backlinksSummary(handle.db, tenants.b, "example.com");
    expect(cached.fromCache).toBe(true);
    // A key sealed with an encryption key this server no longer has cannot be decrypted.
    const lost = encryptionKey(randomBytes(32).toString("base64"));
    await upsertIntegration(handle.db, tenants.b, {
      apiKey: encrypt(DEMO_KEY, lost),
      metadata: { dialect: "provider-v3", last4: DEMO_KEY.slice(-4), status: "connected" },
    });
    const before = calls(SUMMARY_PATH, "example.com");
    const again = await backlinksSummary(handle.db, tenants.b, "example.com");
    expect(again).toMatchObject({ fromCache: true, summary: cached.summary });
    await expect(
      backlinksSummary(handle.db, tenants.b, "example.com", { force: true }),
    ).rejects.toMatchObject({ status: 409, code: "invalid_key" });
    expect(calls(SUMMARY_PATH, "example.com")).toBe(before);
  });
});
