// Credits spent vs. the least the API allows, for the work a Data API workspace does most. The
// spend is the simulator's own bill (credits per request-log entry); the minimum is worked out
// from the reference's price table (simulator/dialects/data-v1-prices.ts), not from the client.

import { randomBytes } from "node:crypto";
import { backlinksCsvHeader } from "@/lib/backlinks/backlinks-csv";
import { encrypt } from "@/lib/crypto/envelope";
import { createExport } from "@/lib/db/queries/backlink-exports";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { findRun } from "@/lib/db/queries/prospect-runs";
import { defineHandler } from "@/lib/jobs/registry";
import { SERankingClient } from "@/lib/seranking/client";
import { dataV1 } from "@/lib/seranking/dialects/data-v1";
import { RateLimiterRegistry } from "@/lib/seranking/rate-limiter";
import { createOwnerAccount } from "@/lib/services/accounts";
import { backlinksPage } from "@/lib/services/backlinks/backlinks-service";
import { runBacklinkExport } from "@/lib/services/backlinks/export-job";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { runMetricsJob } from "@/lib/services/prospects/metrics-job";
import { startMetricsRun } from "@/lib/services/prospects/metrics-run";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { DATA_V1_PRICES } from "@/simulator/dialects/data-v1-prices";
import { DATA_API_DEMO_KEY } from "@/simulator/keys";
import { creditsSpent } from "@/simulator/request-log";
import { type RunningSimulator, startSimulator } from "@/simulator/start-simulator";
import { domainKeywordsFor } from "@/simulator/universe-data-v1";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { createTestDb } from "@/test/support/test-db";

export interface CreditsRow {
  work: string;
  requests: number;
  credits: number;
  minimum: number;
  ratio: number | string;
}

const price = (path: string) => DATA_V1_PRICES[path]!.credits;

function row(sim: RunningSimulator, work: string, minimum: number): CreditsRow {
  const entries = sim.state.log.entries();
  const credits = creditsSpent(entries);
  sim.state.log.clear();
  const ratio =
    minimum === 0 ? (credits === 0 ? 1 : "∞") : Math.round((credits / minimum) * 100) / 100;
  return { work, requests: entries.length, credits, minimum, ratio };
}

export async function benchCredits(): Promise<CreditsRow[]> {
  const sim = await startSimulator({ port: 0, rateLimit: 0 });
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  const handle = await createTestDb();
  const rows: CreditsRow[] = [];
  try {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: "Credits",
      email: "credits@example.test",
      password: "credits-password-1",
      tenantName: "Credits",
      tenantSlug: "credits",
    });
    await upsertIntegration(handle.db, tenant.id, {
      apiKey: encrypt(DATA_API_DEMO_KEY, serverKeyring().current),
      metadata: { dialect: "data-v1", last4: DATA_API_DEMO_KEY.slice(-4), status: "connected" },
    });
    const client = new SERankingClient({
      apiKey: DATA_API_DEMO_KEY,
      baseUrl: sim.url,
      dialect: dataV1,
      rateLimitPerSecond: 1000,
      rateLimiters: new RateLimiterRegistry(),
    });
    sim.state.log.clear();

    // 1. Bulk 5,000 domains with DT/PT: counts and ranks are two endpoints, each per target.
    const list = await createList(handle.db, tenant.id, "credits bench");
    const domains = Array.from({ length: 5000 }, (_, i) => `credits-${i}.com`);
    await addDomains(handle.db, tenant.id, list.id, domains);
    const engine = await startTestEngine(handle, [
      defineHandler("prospect-metrics", (payload, context) =>
        runMetricsJob(payload, context, { withClient: (work) => work(client) }),
      ),
    ]);
    const { run } = await startMetricsRun(
      handle.db,
      tenant.id,
      list.id,
      { mode: "all", startedBy: null },
      { cacheTtlMs: 0 },
    );
    await waitFor(
      "the bulk run to end",
      async () => (await findRun(handle.db, tenant.id, run.id))?.status !== "running",
      { timeoutMs: 600_000 },
    );
    await engine.stop({ graceMs: 1000 });
    const bulkMin = 5000 * (price("/v1/backlinks/metrics") + price("/v1/backlinks/authority"));
    rows.push(row(sim, "bulk 5,000 domains with DT/PT", bulkMin));

    // 2. Backlink pages 1–20 (50 rows each) of a 10,000-link domain, then the whole-list export:
    // every row has to be bought once, and once is enough.
    const view = { domain: "deep-example.com", sort: "trust_flow", dofollow: false } as const;
    for (let page = 1; page <= 20; page++) {
      await backlinksPage(handle.db, tenant.id, { ...view, page, limit: 50 });
    }
    // The whole-list export job itself, run directly (as a worker would).
    const exported = await createExport(
      handle.db,
      tenant.id,
      { ...view, dialect: dataV1.id, startedBy: null },
      backlinksCsvHeader(dataV1.metricLabels),
    );
    await runBacklinkExport(
      { tenantId: tenant.id, exportId: exported.id },
      { db: handle.db, jobId: "bench", signal: new AbortController().signal, retryCount: 0 },
    );
    rows.push(
      row(sim, "backlinks pages 1–20 + export (10,000 links)", 10_000 * price("/v1/backlinks/raw")),
    );

    // 3. A daily check of 50 tracked keywords: whatever request the client makes for them. The
    // least the API allows is one billed row per tracked keyword (filter[keyword] exists).
    const ranking = domainKeywordsFor(
      "example.com",
      "us",
      new Date().toISOString().slice(0, 10),
      50,
    );
    await client.getKeywordRankings({
      domain: "example.com",
      keywords: ranking.map((k) => k.keyword),
      searchEngine: "google",
      location: "United States",
    });
    rows.push(row(sim, "daily check of 50 keywords", 50 * price("/v1/domain/keywords")));

    // 4. A key check: /v1/account/subscription is free.
    await client.verify();
    rows.push(row(sim, "key check", price("/v1/account/subscription")));
  } finally {
    await handle.close();
    await sim.close();
  }
  return rows;
}
