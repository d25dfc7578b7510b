import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backlinkGap, DEFAULT_GAP_FILTERS } from "@/lib/backlinks/gap/gap-rows";
import { encrypt } from "@/lib/crypto/envelope";
import type { DbHandle } from "@/lib/db/client";
import { findGap } from "@/lib/db/queries/backlink-gaps";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import type { Engine } from "@/lib/jobs/engine";
import { defineHandler } from "@/lib/jobs/registry";
import { SERankingError } from "@/lib/seranking/errors";
import { createOwnerAccount } from "@/lib/services/accounts";
import { runGapJob } from "@/lib/services/backlinks/gap/gap-job";
import { addGapRowsToList } from "@/lib/services/backlinks/gap/gap-prospects";
import {
  backlinkGapRunSource,
  estimateGap,
  gapResult,
  startGap,
} from "@/lib/services/backlinks/gap/gap-service";
import {
  type RefdomainsSource,
  tenantRefdomains,
} from "@/lib/services/backlinks/gap/refdomains-source";
import { referringDomains } from "@/lib/services/backlinks/refdomains-service";
import { listDetail } from "@/lib/services/prospects/list-detail";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { DATA_API_DEMO_KEY, DEMO_KEY } from "@/simulator/keys";
import { refdomainsFor } from "@/simulator/refdomains-anchors";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { createTestDb } from "@/test/support/test-db";

// The backlink gap as a job against the real simulator (Data API key) and database: rows equal
// the intersection of the simulator's own lists, cached lists cost nothing, a delivery that died
// resumes without fetching or counting a list twice, and a cancel stops it.

let handle: DbHandle;
let sim: RunningSimulator;
let engine: Engine;
let tenantId = "";
let userId = "";
/** The source the job uses; each test may wrap the real one. */
let source: RefdomainsSource = tenantRefdomains;

const YOU = "example.com";
const COMPETITORS = ["spammy-example.com", "deep-example.com", "authority-example.com"];
const REFDOMAINS = "/v1/backlinks/refdomains";

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  [handle, sim] = await Promise.all([createTestDb(), startSimulator({ port: 0, rateLimit: 0 })]);
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.SERANKING_BASE_URL = sim.url;
  const owner = await createOwnerAccount(handle.db, {
    name: "Gap owner",
    email: "gap-owner@example.test",
    password: "correct-horse-42",
    tenantName: "Gap team",
    tenantSlug: "gap-team",
  });
  tenantId = owner.tenant.id;
  userId = owner.userId;
  await upsertIntegration(handle.db, tenantId, {
    apiKey: encrypt(DATA_API_DEMO_KEY, serverKeyring().current),
    metadata: { dialect: "data-v1", last4: DATA_API_DEMO_KEY.slice(-4), status: "connected" },
  });
  engine = await startTestEngine(handle, [
    defineHandler("backlink-gap", (payload, context) =>
      runGapJob(payload, context, { source: (r) => source(r) }),
    ),
  ]);
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await sim?.close();
  await handle?.close();
});
beforeEach(async () => {
  source = tenantRefdomains;
  sim.state.log.clear();
  // Each test starts with nothing cached, so its calls are its own.
  await handle.db.execute("delete from seranking_cache");
});

const calls = () => sim.state.log.entries({ path: REFDOMAINS });
const ended = (gapId: string) =>
  waitFor("the gap to end", async () => {
    const gap = await findGap(handle.db, tenantId, gapId);
    return gap && gap.status !== "queued" && gap.status !== "running" ? gap : null;
  });

/** The simulator's lists as the service asks for them (top 1,000 by DT), in the gap's shape. */
const simList = (target: string) => ({
  target,
  rows: refdomainsFor(target, { orderBy: "domain_inlink_rank", limit: 1000 }).map((d) => ({
    domain: d.refdomain,
    backlinks: d.backlinks,
    dofollowBacklinks: d.dofollow_backlinks,
    authority: d.domain_inlink_rank,
    examples: [],
  })),
});

describe("backlink gap job", () => {
  it("finds the simulator's intersection, one call per list, and says its cost first", async () => {
    const request = { domain: YOU, competitors: COMPETITORS };
    const estimate = await estimateGap(handle.db, tenantId, request);
    expect(estimate).toMatchObject({ toFetch: [YOU, ...COMPETITORS], cached: [], requests: 4 });
    expect(estimate.credits).toBe(4 * 1000);
    // The Data API's list is capped at its strongest 1,000 domains, and the estimate says so.
    expect(estimate.listCap).toEqual({ rows: 1000, of: "referring domains" });

    const gap = await startGap(handle.db, tenantId, userId, request);
    const done = await ended(gap.id);
    expect(done).toMatchObject({ status: "done", done: 4, total: 4, failed: 0, cached: 0 });
    expect(calls()).toHaveLength(4);

    const filters = { ...DEFAULT_GAP_FILTERS, minCompetitors: 2 };
    const view = await gapResult(handle.db, tenantId, gap.id, filters);
    const expected = backlinkGap(simList(YOU), COMPETITORS.map(simList), filters);
    expect(expected.length).toBeGreaterThan(5);
    expect(view.result?.rows.map((r) => [r.domain, r.competitors, r.authority])).toEqual(
      expected.map((r) => [r.domain, r.competitors, r.authority]),
    );
    // The credits the simulator billed stay within the estimate.
    const billed = calls().reduce((sum, e) => sum + (e.credits ?? 0), 0);
    expect(billed).toBeLessThanOrEqual(estimate.credits);
  });

  it("reuses cached lists: a second gap over them makes no call and the estimate is 0", async () => {
    const first = await startGap(handle.db, tenantId, userId, {
      domain: YOU,
      competitors: COMPETITORS.slice(0, 2),
    });
    await ended(first.id);
    const before = calls().length;
    const request = { domain: YOU, competitors: COMPETITORS.slice(0, 2) };
    expect(await estimateGap(handle.db, tenantId, request)).toMatchObject({
      toFetch: [],
      credits: 0,
    });
    const again = await startGap(handle.db, tenantId, userId, request);
    expect(await ended(again.id)).toMatchObject({ status: "done", cached: 3 });
    expect(calls()).toHaveLength(before);
  });

  it("a delivery that died resumes: no list fetched or counted twice", async () => {
    let died = false;
    source = async (request) => {
      // The third list: the process "dies" (an unexpected error) after two were stored.
      if (request.domain === COMPETITORS[1] && !died) {
        died = true;
        throw new Error("worker died");
      }
      return tenantRefdomains(request);
    };
    const gap = await startGap(handle.db, tenantId, userId, {
      domain: YOU,
      competitors: COMPETITORS,
    });
    const done = await ended(gap.id);
    expect(died).toBe(true);
    expect(done).toMatchObject({ status: "done", done: 4, total: 4, failed: 0 });
    const targets = calls().map((e) => e.query.target);
    expect(new Set(targets).size).toBe(targets.length);
    expect(targets).toHaveLength(4);
  });

  it("a competitor SE Ranking refuses is left out and named; Retry fetches only that list", async () => {
    let refuse = true;
    source = async (request) => {
      if (request.domain === COMPETITORS[2] && refuse) {
        throw new SERankingError("bad_request", "SE Ranking refused the request.");
      }
      return tenantRefdomains(request);
    };
    const gap = await startGap(handle.db, tenantId, userId, {
      domain: YOU,
      competitors: COMPETITORS,
    });
    const first = await ended(gap.id);
    expect(first).toMatchObject({ status: "done", done: 4, failed: 1 });
    expect(first.error).toContain(COMPETITORS[2]);
    const partial = await gapResult(handle.db, tenantId, gap.id, DEFAULT_GAP_FILTERS);
    expect(partial.result?.rows.some((r) => r.competitors.includes(COMPETITORS[2]!))).toBe(false);

    refuse = false;
    sim.state.log.clear();
    const retried = await backlinkGapRunSource.retry(handle.db, tenantId, gap.id, userId);
    expect(retried?.status).toBe("queued");
    expect(await ended(gap.id)).toMatchObject({ status: "done", done: 4, failed: 0, error: null });
    expect(calls().map((e) => e.query.target)).toEqual([COMPETITORS[2]]);
  });

  it("a cancel stops it before the next list is stored", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    source = async (request) => {
      if (request.domain !== YOU) await held;
      return tenantRefdomains(request);
    };
    const gap = await startGap(handle.db, tenantId, userId, {
      domain: YOU,
      competitors: COMPETITORS,
    });
    await waitFor("your list stored", async () =>
      (await findGap(handle.db, tenantId, gap.id))?.done === 1 ? true : null,
    );
    const progress = await backlinkGapRunSource.cancel(handle.db, tenantId, gap.id);
    expect(progress?.status).toBe("cancelled");
    release();
    await new Promise((r) => setTimeout(r, 300));
    expect(await findGap(handle.db, tenantId, gap.id)).toMatchObject({
      status: "cancelled",
      done: 1,
    });
  });

  it("adds selected rows to a new prospect list, each keeping its origin", async () => {
    const gap = await startGap(handle.db, tenantId, userId, {
      domain: YOU,
      competitors: COMPETITORS,
    });
    await ended(gap.id);
    const view = await gapResult(handle.db, tenantId, gap.id, DEFAULT_GAP_FILTERS);
    const picked = view.result!.rows.slice(0, 5).map((r) => r.domain);
    const added = await addGapRowsToList(handle.db, tenantId, gap.id, {
      domains: picked,
      newListName: "From the gap",
    });
    expect(added.added).toBe(5);
    const detail = await listDetail(handle.db, tenantId, added.listId);
    expect(detail.prospects.map((p) => [p.domain, p.origin])).toEqual(
      picked.map((d) => [d, `found by gap vs. ${COMPETITORS.join(", ")}`]),
    );
    await expect(
      addGapRowsToList(handle.db, tenantId, gap.id, {
        domains: [YOU],
        listId: added.listId,
      }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("provider key: a list the referring-domains service cached is free in the estimate", async () => {
    const other = await createOwnerAccount(handle.db, {
      name: "Provider owner",
      email: "gap-provider@example.test",
      password: "correct-horse-42",
      tenantName: "Provider team",
      tenantSlug: "gap-provider",
    });
    const id = other.tenant.id;
    await upsertIntegration(handle.db, id, {
      apiKey: encrypt(DEMO_KEY, serverKeyring().current),
      metadata: { dialect: "provider-v3", last4: DEMO_KEY.slice(-4), status: "connected" },
    });
    const request = { domain: YOU, competitors: [COMPETITORS[0]!] };
    const before = await estimateGap(handle.db, id, request);
    // Provider lists are aggregated from up to 5 pages of 1,000 links: 5,000 credits at most.
    expect(before).toMatchObject({ toFetch: [YOU, COMPETITORS[0]], requests: 10, credits: 10_000 });
    await referringDomains({ db: handle.db, tenantId: id, domain: YOU });
    expect(await estimateGap(handle.db, id, request)).toMatchObject({
      toFetch: [COMPETITORS[0]],
      cached: [YOU],
      credits: 5000,
    });
  });
});
