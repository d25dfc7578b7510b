import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlinksCsvHeader } from "@/lib/backlinks/backlinks-csv";
import { hasNextPage } from "@/lib/backlinks/page-status";
import { encrypt } from "@/lib/crypto/envelope";
import type { DbHandle } from "@/lib/db/client";
import { createExport, findExport } from "@/lib/db/queries/backlink-exports";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { dataV1 } from "@/lib/seranking/dialects/data-v1";
import { providerV3 } from "@/lib/seranking/dialects/provider-v3";
import { createOwnerAccount } from "@/lib/services/accounts";
import { backlinksPage, backlinksSummary } from "@/lib/services/backlinks/backlinks-service";
import { runBacklinkExport } from "@/lib/services/backlinks/export-job";
import { exportView } from "@/lib/services/backlinks/export-view";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { DATA_API_DEMO_KEY, DEMO_KEY } from "@/simulator/keys";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { summaryFor } from "@/simulator/universe";
import { createTestDb } from "@/test/support/test-db";

// A list longer or shorter than its summary says, in both dialects: paging the way the table
// does (Next while hasNextPage) reaches every row once, and the whole-list export holds exactly
// the list's rows and says why it stopped. The summary's count plays no part in either.

let handle: DbHandle;
let sim: RunningSimulator;
const tenants = { "provider-v3": "", "data-v1": "" };

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: 0 });
  process.env.SERANKING_BASE_URL = sim.url;
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  for (const [dialect, key] of [
    ["provider-v3", DEMO_KEY],
    ["data-v1", DATA_API_DEMO_KEY],
  ] as const) {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: `Owner ${dialect}`,
      email: `paging-${dialect}@example.test`,
      password: "correct-horse-42",
      tenantName: `Paging ${dialect}`,
      tenantSlug: `paging-${dialect}`,
    });
    tenants[dialect] = tenant.id;
    await upsertIntegration(handle.db, tenant.id, {
      apiKey: encrypt(key, serverKeyring().current),
      metadata: { dialect, last4: key.slice(-4), status: "connected" },
    });
  }
}, 180_000);
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

/** Pages of 100 from page 1 while the table would offer Next; the sources seen, in order. */
async function pageThrough(tenantId: string, domain: string, sort: Sort) {
  const seen: string[] = [];
  for (let page = 1; ; page++) {
    const view = { domain, page, limit: 100, sort, dofollow: false };
    const reply = await backlinksPage(handle.db, tenantId, view);
    seen.push(...reply.rows.map((r) => r.sourceUrl));
    const status = { page, limit: 100, shown: reply.rows.length, extent: reply.extent };
    if (!hasNextPage(status)) return { seen, last: reply };
    if (page > 100) throw new Error("paging did not stop");
  }
}

async function exportAll(dialect: keyof typeof tenants, domain: string, sort: Sort) {
  const d = dialect === "data-v1" ? dataV1 : providerV3;
  const row = await createExport(
    handle.db,
    tenants[dialect],
    { domain, sort, dofollow: false, dialect: d.id, startedBy: null },
    backlinksCsvHeader(d.metricLabels),
  );
  const signal = new AbortController().signal;
  await runBacklinkExport(
    { tenantId: tenants[dialect], exportId: row.id },
    { db: handle.db, jobId: "j", signal, retryCount: 0 },
  );
  return (await findExport(handle.db, tenants[dialect], row.id))!;
}

type Sort = "trust_flow" | "first_seen";
// Stored walks and cached pages outlive a test: each case has its own domain.
const cases = [
  { name: "longer", domain: "example.com", rows: summaryFor("example.com").total_backlinks + 380 },
  // 1,000 rows: the export's one page is full, so only the empty page after it proves the end.
  { name: "shorter", domain: "spammy-example.com", rows: 1000 },
] as const;

for (const dialect of ["provider-v3", "data-v1"] as const) {
  describe(`${dialect}: a list whose length is not the summary's`, () => {
    for (const c of cases) {
      it(`${c.name} than the summary: every row reachable, the export exact`, async () => {
        const { domain, rows } = c;
        const said = summaryFor(domain).total_backlinks;
        expect(rows).not.toBe(said);
        sim.state.lists.set({ domain, rows });
        const summary = await backlinksSummary(handle.db, tenants[dialect], domain);
        expect(summary.summary.totalBacklinks).toBe(said);

        for (const sort of ["trust_flow", "first_seen"] as const) {
          const { seen, last } = await pageThrough(tenants[dialect], domain, sort);
          expect(seen).toHaveLength(rows);
          expect(new Set(seen).size).toBe(rows); // each row once
          // A full last page (1,000 = 10 × 100) is followed by an empty one, which claims
          // nothing; a short last page is the exact end.
          if (last.rows.length > 0) expect(last.extent).toEqual({ atLeast: rows, end: rows });
          else if (dialect === "provider-v3")
            expect(last.extent).toEqual({ atLeast: 0, end: null });
          else expect(last.extent).toEqual({ atLeast: rows, end: rows });
        }

        const done = await exportAll(dialect, domain, "trust_flow");
        expect(done).toMatchObject({
          status: "done",
          stopReason: "end_of_list",
          rowsWritten: rows,
        });
        expect(exportView(done).outcome).toBe(
          `${rows.toLocaleString("en-US")} backlinks, ended because the list ended (SE Ranking sent its last page).`,
        );
      }, 120_000);
    }
  });
}
