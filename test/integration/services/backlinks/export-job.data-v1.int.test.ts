import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backlinksCsvHeader } from "@/lib/backlinks/backlinks-csv";
import { encrypt } from "@/lib/crypto/envelope";
import type { DbHandle } from "@/lib/db/client";
import { createExport, findExport, readChunks } from "@/lib/db/queries/backlink-exports";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { dataV1 } from "@/lib/seranking/dialects/data-v1";
import { createOwnerAccount } from "@/lib/services/accounts";
import { backlinksPage } from "@/lib/services/backlinks/backlinks-service";
import { runBacklinkExport } from "@/lib/services/backlinks/export-job";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { DATA_API_DEMO_KEY } from "@/simulator/keys";
import { creditsSpent } from "@/simulator/request-log";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { createTestDb } from "@/test/support/test-db";

// On the Data API the export reads the stored /raw cursor walk: rows the Backlinks page already
// bought are not bought again, and a second export of the list costs nothing.

let handle: DbHandle;
let sim: RunningSimulator;
let tenantId = "";

beforeAll(async () => {
  sim = await startSimulator({ port: 0, rateLimit: 0 });
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  const { tenant } = await createOwnerAccount(handle.db, {
    name: "Owner",
    email: "export-data@example.test",
    password: "correct-horse-42",
    tenantName: "Export data",
    tenantSlug: "export-data",
  });
  tenantId = tenant.id;
  await upsertIntegration(handle.db, tenantId, {
    apiKey: encrypt(DATA_API_DEMO_KEY, serverKeyring().current),
    metadata: { dialect: "data-v1", last4: DATA_API_DEMO_KEY.slice(-4), status: "connected" },
  });
});
afterAll(async () => {
  await handle?.close();
  await sim?.close();
});

async function exportOnce(domain: string) {
  const values = { domain, sort: "trust_flow", dofollow: false, dialect: dataV1.id };
  const row = await createExport(
    handle.db,
    tenantId,
    { ...values, startedBy: null },
    backlinksCsvHeader(dataV1.metricLabels),
  );
  const signal = new AbortController().signal;
  await runBacklinkExport(
    { tenantId, exportId: row.id },
    { db: handle.db, jobId: "j", signal, retryCount: 0 },
  );
  return (await findExport(handle.db, tenantId, row.id))!;
}

describe("backlink export job on the Data API", () => {
  it("pays each row once: pages already viewed and a second export cost nothing more", async () => {
    const domain = "authority-example.com";
    sim.state.log.clear();
    for (let page = 1; page <= 3; page++) {
      await backlinksPage(handle.db, tenantId, {
        domain,
        page,
        limit: 50,
        sort: "trust_flow",
        dofollow: false,
      });
    }
    const first = await exportOnce(domain);
    expect(first).toMatchObject({ status: "done", stopReason: "end_of_list", rowsWritten: 5000 });
    expect(creditsSpent(sim.state.log.entries())).toBe(5000);

    sim.state.log.clear();
    const second = await exportOnce(domain);
    expect(second).toMatchObject({ status: "done", rowsWritten: 5000 });
    expect(creditsSpent(sim.state.log.entries())).toBe(0);
    // Same file both times, DT/PT headers named for the Data API.
    const [header] = await readChunks(handle.db, tenantId, second.id, -1, 1);
    expect(header!.content).toContain(`"${dataV1.metricLabels.trust}"`);
    const firstChunks = await readChunks(handle.db, tenantId, first.id, 0, 100);
    const secondChunks = await readChunks(handle.db, tenantId, second.id, 0, 100);
    expect(secondChunks).toEqual(firstChunks);
  });
});
