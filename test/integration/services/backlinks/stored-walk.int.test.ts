import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encrypt } from "@/lib/crypto/envelope";
import type { DbHandle } from "@/lib/db/client";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { usageByFeature, usageMonth } from "@/lib/db/queries/seranking-usage";
import { createOwnerAccount } from "@/lib/services/accounts";
import { backlinksPage } from "@/lib/services/backlinks/backlinks-service";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { DATA_API_DEMO_KEY } from "@/simulator/keys";
import { creditsSpent } from "@/simulator/request-log";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { dataBacklinksFor } from "@/simulator/universe-data-v1";
import { createTestDb } from "@/test/support/test-db";

// Data API backlink pages against the simulator: what each page costs in the simulator's own
// request log (credits per entry), and that no row is ever paid for twice within the cache TTL.

let handle: DbHandle;
let sim: RunningSimulator;
const tenants: Record<"a" | "b", string> = { a: "", b: "" };
const RAW = "/v1/backlinks/raw";
const DEEP = "deep-example.com"; // 10,000 links

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: 0 });
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  for (const tag of ["a", "b"] as const) {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: `Walker ${tag}`,
      email: `walker-${tag}@example.test`,
      password: "correct-horse-42",
      tenantName: `Walk ${tag}`,
      tenantSlug: `walk-${tag}`,
    });
    tenants[tag] = tenant.id;
    await upsertIntegration(handle.db, tenant.id, {
      apiKey: encrypt(DATA_API_DEMO_KEY, serverKeyring().current),
      metadata: { dialect: "data-v1", last4: DATA_API_DEMO_KEY.slice(-4), status: "connected" },
    });
  }
});
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

const rawCalls = (domain = DEEP) =>
  sim.state.log.entries({ path: RAW }).filter((e) => e.query.target === domain);
const view = (
  page: number,
  extra: Partial<{
    sort: "trust_flow" | "citation_flow" | "first_seen";
    dofollow: boolean;
    limit: number;
  }> = {},
) => ({
  domain: DEEP,
  page,
  limit: 50,
  sort: "trust_flow" as const,
  dofollow: false,
  ...extra,
});
/** The simulator's own rows in its default order (DT descending), as the reference API has them. */
const upstreamRows = (offset: number, limit: number) =>
  dataBacklinksFor(DEEP, { orderBy: "domain_inlink_rank", dofollowOnly: false, offset, limit })
    .rows;

describe("Data API backlink pages: walked once, stored, never paid twice", () => {
  it("page 1 costs one page of rows; page 2 the next page; page 1 again nothing", async () => {
    const p1 = await backlinksPage(handle.db, tenants.a, view(1));
    expect(p1.rows.map((r) => r.sourceUrl)).toEqual(upstreamRows(0, 50).map((r) => r.url_from));
    expect(rawCalls().map((e) => [e.query.limit, e.query.next ?? null, e.credits])).toEqual([
      ["50", null, 50],
    ]);
    const p2 = await backlinksPage(handle.db, tenants.a, view(2));
    expect(p2.rows.map((r) => r.sourceUrl)).toEqual(upstreamRows(50, 50).map((r) => r.url_from));
    expect(rawCalls()).toHaveLength(2);
    expect(rawCalls()[1]!.query.next).toBeTruthy(); // continued from the stored cursor
    const again = await backlinksPage(handle.db, tenants.a, view(1));
    expect(again.fromCache).toBe(true);
    expect(rawCalls()).toHaveLength(2);
    // /raw takes no filter: nothing but its documented parameters went out.
    for (const e of rawCalls()) expect(Object.keys(e.query)).not.toContain("nofollow_filter");
  });

  it("page 20 after 19 costs one page; pages 1–20 cost 1,000 credits in all, not 10,500", async () => {
    await backlinksPage(handle.db, tenants.a, view(19));
    const before = creditsSpent(rawCalls());
    const p20 = await backlinksPage(handle.db, tenants.a, view(20));
    expect(p20.rows.map((r) => r.sourceUrl)).toEqual(upstreamRows(950, 50).map((r) => r.url_from));
    expect(creditsSpent(rawCalls()) - before).toBe(50);
    expect(creditsSpent(rawCalls())).toBe(1000);
    expect(p20.stored).toEqual({ rows: 1000, complete: false });
  });

  it("dofollow-only pages are filtered from stored rows by the app", async () => {
    const before = rawCalls().length;
    const page = await backlinksPage(handle.db, tenants.a, view(1, { dofollow: true }));
    expect(page.rows.every((r) => !r.isNoFollow)).toBe(true);
    const want = upstreamRows(0, 200)
      .filter((r) => !r.nofollow)
      .slice(0, 50);
    expect(page.rows.map((r) => r.sourceUrl)).toEqual(want.map((r) => r.url_from));
    expect(rawCalls()).toHaveLength(before);
  });

  it("the whole-list export pays only for rows not stored; then every sort is free", async () => {
    const before = creditsSpent(rawCalls());
    for (let page = 1; page <= 10; page++) {
      await backlinksPage(handle.db, tenants.a, view(page, { limit: 1000 }));
    }
    const last = await backlinksPage(handle.db, tenants.a, view(11, { limit: 1000 }));
    expect(last.rows).toEqual([]);
    expect(last.stored).toEqual({ rows: 10_000, complete: true });
    expect(creditsSpent(rawCalls()) - before).toBe(9000);
    const calls = rawCalls().length;
    const byPt = await backlinksPage(handle.db, tenants.a, view(1, { sort: "citation_flow" }));
    expect(rawCalls()).toHaveLength(calls);
    const pts = byPt.rows.map((r) => r.inlinkRank ?? -1);
    expect(pts).toEqual([...pts].sort((x, y) => y - x));
  });

  it("another tenant walks on its own key's bill; a failed call keeps what is stored", async () => {
    await backlinksPage(handle.db, tenants.b, view(1));
    expect(rawCalls().filter((e) => !e.query.next)).toHaveLength(2);
    sim.state.faults.add({ kind: "status", status: 500, path: RAW, count: 10 });
    await expect(backlinksPage(handle.db, tenants.b, view(2))).rejects.toMatchObject({
      kind: "upstream_unavailable",
    });
    sim.state.faults.clear();
    const p1 = await backlinksPage(handle.db, tenants.b, view(1));
    expect(p1.fromCache).toBe(true);
    expect(p1.rows).toHaveLength(50);
  });

  it("usage is recorded as credits by feature, equal to what the simulator billed", async () => {
    const billed = creditsSpent(rawCalls().filter((e) => e.status === 200));
    const byTenant = async () => {
      const a = await usageByFeature(handle.db, tenants.a, usageMonth());
      const b = await usageByFeature(handle.db, tenants.b, usageMonth());
      const credits = (rows: typeof a) => rows.find((r) => r.feature === "backlinks")?.credits ?? 0;
      return credits(a) + credits(b);
    };
    // Usage is written beside the call, not before its answer: let it land.
    await expect.poll(byTenant, { timeout: 10_000 }).toBe(billed);
  });
});
