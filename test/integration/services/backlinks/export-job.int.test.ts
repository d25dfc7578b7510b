import { randomBytes } from "node:crypto";
import Papa from "papaparse";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { backlinksCsvHeader } from "@/lib/backlinks/backlinks-csv";
import { encrypt } from "@/lib/crypto/envelope";
import type { DbHandle } from "@/lib/db/client";
import { createExport, findExport } from "@/lib/db/queries/backlink-exports";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import type { JobContext } from "@/lib/jobs/contract";
import { providerV3 } from "@/lib/seranking/dialects/provider-v3";
import { createOwnerAccount } from "@/lib/services/accounts";
import { exportCsvStream } from "@/lib/services/backlinks/export-download";
import { runBacklinkExport } from "@/lib/services/backlinks/export-job";
import { backlinkExportRunSource } from "@/lib/services/backlinks/export-service";
import { exportView } from "@/lib/services/backlinks/export-view";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { backlinksPageFor } from "@/simulator/universe";
import { createTestDb } from "@/test/support/test-db";

// The export job against the real simulator and database: the file it stores, what a crash,
// a second delivery, a cancel and an empty balance do to it.

let handle: DbHandle;
let sim: RunningSimulator;
const LOW_KEY = "low-credit-sk-5b2e9d4c7a1f3086";
const tenant: Record<"demo" | "low", { id: string; userId: string }> = {
  demo: { id: "", userId: "" },
  low: { id: "", userId: "" },
};

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: 0 });
  process.env.SERANKING_BASE_URL = sim.url;
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  // 2,500 credits: two pages of 1,000 rows, then the third is refused.
  sim.state.keys.set({ key: LOW_KEY, credits: 2500 });
  handle = await createTestDb();
  for (const [tag, key] of [
    ["demo", DEMO_KEY],
    ["low", LOW_KEY],
  ] as const) {
    const { tenant: t, userId } = await createOwnerAccount(handle.db, {
      name: `Owner ${tag}`,
      email: `export-${tag}@example.test`,
      password: "correct-horse-42",
      tenantName: `Export ${tag}`,
      tenantSlug: `export-${tag}`,
    });
    tenant[tag] = { id: t.id, userId };
    await upsertIntegration(handle.db, t.id, {
      apiKey: encrypt(key, serverKeyring().current),
      metadata: { dialect: "provider-v3", last4: key.slice(-4), status: "connected" },
    });
  }
  // Two accounts on a fresh database: slow on a busy machine.
}, 180_000);
// A failed test must not leave a hold behind for the next one.
afterEach(() => sim.state.faults.clear());
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

const labels = providerV3.metricLabels;

async function newExport(tag: "demo" | "low", domain: string) {
  const { id, userId } = tenant[tag];
  const values = { domain, sort: "trust_flow", dofollow: false, dialect: "provider-v3" };
  return createExport(handle.db, id, { ...values, startedBy: userId }, backlinksCsvHeader(labels));
}

const context = (signal = new AbortController().signal, retryCount = 0): JobContext => ({
  db: handle.db,
  jobId: "test-job",
  signal,
  retryCount,
});

async function storedFile(tenantId: string, exportId: string) {
  // Response.text() would drop the BOM: decode keeping it, as a spreadsheet sees the file.
  const bytes = await new Response(exportCsvStream(handle.db, tenantId, exportId)).arrayBuffer();
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  return { header: rows[0], sources: rows.slice(1).map((r) => r[0]) };
}

const expectedSources = (domain: string, count: number) =>
  backlinksPageFor(domain, {
    sortBy: "trust_flow",
    dofollowOnly: false,
    offset: 0,
    limit: count,
  }).backlinks.map((r) => r.source_url);

/** Waits (no sleeping on a clock) until the simulator holds a request. */
async function untilHeld() {
  await expect
    .poll(() => sim.state.faults.list().reduce((n, f) => n + f.held, 0), { timeout: 30_000 })
    .toBeGreaterThan(0);
}

describe("backlink export job", () => {
  it("walks the whole list into a stored CSV and says it ended with the list", async () => {
    const row = await newExport("demo", "authority-example.com");
    await runBacklinkExport({ tenantId: tenant.demo.id, exportId: row.id }, context());
    const done = (await findExport(handle.db, tenant.demo.id, row.id))!;
    expect(done).toMatchObject({
      status: "done",
      stopReason: "end_of_list",
      rowsWritten: 5000,
      total: 5000,
    });
    const file = await storedFile(tenant.demo.id, row.id);
    expect(file.header).toEqual([
      "Source URL",
      "Target URL",
      "Anchor text",
      "Trust Flow",
      "Citation Flow",
      "Link type",
      "First seen",
      "Last seen",
    ]);
    expect(file.sources).toEqual(expectedSources("authority-example.com", 5000));
    expect(exportView(done).outcome).toBe(
      "5,000 backlinks, ended because the list ended (SE Ranking sent its last page).",
    );
  });

  it("resumes after a crash mid-walk from its checkpoint, writing each row once", async () => {
    const row = await newExport("demo", "deep-example.com");
    // The 4th list page waits: pages 1–3 are stored when the process "dies" (its signal aborts).
    const hold = sim.state.faults.add({ kind: "hold", path: "/research/backlinks/", nth: 4 });
    const crash = new AbortController();
    const first = runBacklinkExport(
      { tenantId: tenant.demo.id, exportId: row.id },
      context(crash.signal),
    );
    await untilHeld();
    crash.abort(new Error("worker killed"));
    sim.state.faults.release(hold.id);
    await expect(first).rejects.toThrow("worker killed");
    const mid = (await findExport(handle.db, tenant.demo.id, row.id))!;
    expect(mid.status).toBe("running");
    expect(mid.rowsWritten).toBeGreaterThanOrEqual(3000);
    expect(mid.rowsWritten).toBeLessThan(10_000);

    // Redelivered twice at once (a worker thought dead was only slow): still each row once.
    await Promise.all([
      runBacklinkExport({ tenantId: tenant.demo.id, exportId: row.id }, context(undefined, 1)),
      runBacklinkExport({ tenantId: tenant.demo.id, exportId: row.id }, context(undefined, 1)),
    ]);
    const done = (await findExport(handle.db, tenant.demo.id, row.id))!;
    expect(done).toMatchObject({ status: "done", rowsWritten: 10_000, total: 10_000 });
    const file = await storedFile(tenant.demo.id, row.id);
    expect(file.sources).toEqual(expectedSources("deep-example.com", 10_000));
  });

  it("stops between pages when cancelled, and says so with the rows it kept", async () => {
    const row = await newExport("demo", "spammy-example.com");
    const hold = sim.state.faults.add({ kind: "hold", path: "/research/backlinks/", nth: 2 });
    const run = runBacklinkExport({ tenantId: tenant.demo.id, exportId: row.id }, context());
    await untilHeld();
    const progress = await backlinkExportRunSource.cancel(handle.db, tenant.demo.id, row.id);
    expect(progress).toMatchObject({
      status: "cancelled",
      done: 1000,
      canCancel: false,
      canRetry: true,
    });
    sim.state.faults.release(hold.id);
    await run;
    const ended = (await findExport(handle.db, tenant.demo.id, row.id))!;
    expect(ended).toMatchObject({
      status: "cancelled",
      stopReason: "cancelled",
      rowsWritten: 1000,
    });
    expect((await storedFile(tenant.demo.id, row.id)).sources).toHaveLength(1000);
    expect(exportView(ended).outcome).toBe("1,000 backlinks, ended because it was cancelled.");
  });

  it("stops with the reason when the SE Ranking account runs out of credits", async () => {
    const row = await newExport("low", "authority-example.com");
    await runBacklinkExport({ tenantId: tenant.low.id, exportId: row.id }, context());
    const ended = (await findExport(handle.db, tenant.low.id, row.id))!;
    expect(ended).toMatchObject({
      status: "failed",
      stopReason: "out_of_credits",
      rowsWritten: 2000,
      total: null,
    });
    expect(ended.error).toMatch(/no API credits left.*Retry to resume from backlink 2,001/);
    expect((await storedFile(tenant.low.id, row.id)).sources).toEqual(
      expectedSources("authority-example.com", 2000),
    );
    expect(exportView(ended).outcome).toBe(
      "2,000 backlinks, ended because the SE Ranking account ran out of credits.",
    );
  });

  it("waits out SE Ranking trouble that passes: the engine delivers again and it resumes", async () => {
    const row = await newExport("demo", "example.com");
    // Every attempt of the second page fails with a 503 until the fault is spent.
    const outage = sim.state.faults.add({
      kind: "status",
      status: 503,
      path: "/research/backlinks/",
      nth: 2,
      count: 4,
    });
    const first = runBacklinkExport({ tenantId: tenant.demo.id, exportId: row.id }, context());
    await expect(first).rejects.toMatchObject({ kind: "upstream_unavailable" });
    const waiting = (await findExport(handle.db, tenant.demo.id, row.id))!;
    expect(waiting).toMatchObject({ status: "running", rowsWritten: 1000 });
    expect(waiting.error).toMatch(/not answering/);
    sim.state.faults.remove(outage.id);

    await runBacklinkExport({ tenantId: tenant.demo.id, exportId: row.id }, context(undefined, 1));
    const done = (await findExport(handle.db, tenant.demo.id, row.id))!;
    expect(done).toMatchObject({ status: "done", rowsWritten: 1240, error: null });
    expect((await storedFile(tenant.demo.id, row.id)).sources).toEqual(
      expectedSources("example.com", 1240),
    );
  });

  it("never serves one workspace's export to another", async () => {
    const row = await newExport("demo", "small-example.com");
    expect(await findExport(handle.db, tenant.low.id, row.id)).toBeUndefined();
    expect(await backlinkExportRunSource.read(handle.db, tenant.low.id, row.id)).toBeNull();
    // The header chunk exists, but not for the other tenant.
    const text = await new Response(exportCsvStream(handle.db, tenant.low.id, row.id)).text();
    expect(text).toBe("");
  });
});
