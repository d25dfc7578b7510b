// Backlink gap: you + 10 competitors with 10,000 links each (deep-example.com and its ten twins),
// through the app's own job and referring-domains service, against the simulator in a process of
// its own with SE Ranking's latency and rate limit. Wall time is compared with the floor that
// limit sets; credits (the simulator's own bill) with the least the API allows for the same
// lists, worked out from the reference's price table, not from the client.
import { randomBytes } from "node:crypto";
import { encrypt } from "@/lib/crypto/envelope";
import { findGap } from "@/lib/db/queries/backlink-gaps";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { defineHandler } from "@/lib/jobs/registry";
import { createOwnerAccount } from "@/lib/services/accounts";
import { runGapJob } from "@/lib/services/backlinks/gap/gap-job";
import { gapResult, startGap } from "@/lib/services/backlinks/gap/gap-service";
import {
  AGGREGATE_MAX_LINKS,
  REFDOMAINS_FETCH_LIMIT,
} from "@/lib/services/backlinks/refdomains-service";
import { serverKeyring } from "@/lib/services/seranking/keyring";
import { DATA_V1_PRICES } from "@/simulator/dialects/data-v1-prices";
import { profileFor } from "@/simulator/domain-profile";
import { DATA_API_DEMO_KEY, DEMO_KEY } from "@/simulator/keys";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { createTestDb } from "@/test/support/test-db";
import { startSimulatorProcess } from "./simulator-process";

export interface GapBenchRow {
  api: string;
  lists: number;
  /** Requests sent (a 429 answered and retried counts too) and the least the lists need. */
  requests: number;
  minimumRequests: number;
  wallSeconds: number;
  floorSeconds: number;
  ratioToFloor: number;
  credits: number;
  /** The least the API bills for the same lists (rows fetched). */
  minimumCredits: number;
  ratioToMinimum: number;
  /** What the whole lists would cost (the service stops at its cap). */
  wholeListCredits: number;
  gapRows: number;
  /** From the start to the first request, and from the last answer to the gap's end (ours). */
  beforeFirstS: number;
  afterLastS: number;
  /** The slowest answer of the simulator (its own work on a 10,000-link domain + latency). */
  slowestAnswerS: number;
  /** A second gap over the same domains: lists from the cache. */
  againRequests: number;
}

const YOU = "deep-example.com";
const COMPETITORS = Array.from({ length: 10 }, (_, i) => `deep-${i + 1}-example.com`);
const TARGETS = [YOU, ...COMPETITORS];

export async function benchGap(latencyMs = 200, ratePerSecond = 10): Promise<GapBenchRow[]> {
  const sim = await startSimulatorProcess({ latencyMs, rateLimit: ratePerSecond });
  process.env.SERANKING_BASE_URL = sim.url;
  process.env.SERANKING_DATA_API_URL = sim.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  const handle = await createTestDb();
  // Through the job engine, as in the app: the gap is enqueued and a worker fetches its lists.
  const engine = await startTestEngine(handle, [
    defineHandler("backlink-gap", (payload, context) => runGapJob(payload, context)),
  ]);
  const log = async () =>
    (
      (await (await fetch(`${sim.url}/__sim/log`)).json()) as {
        entries: { credits: number; time: string; durationMs: number }[];
      }
    ).entries;
  const rows: GapBenchRow[] = [];
  try {
    for (const api of ["data-v1", "provider-v3"] as const) {
      const key = api === "data-v1" ? DATA_API_DEMO_KEY : DEMO_KEY;
      await fetch(`${sim.url}/__sim/keys`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ key, credits: 1_000_000_000 }),
      });
      const { tenant, userId } = await createOwnerAccount(handle.db, {
        name: `Gap ${api}`,
        email: `gap-${api}@example.test`,
        password: "bench-password-1",
        tenantName: `Gap ${api}`,
        tenantSlug: `gap-${api}`,
      });
      await upsertIntegration(handle.db, tenant.id, {
        apiKey: encrypt(key, serverKeyring().current),
        metadata: { dialect: api, last4: key.slice(-4), status: "connected" },
      });
      const run = async () => {
        const gap = await startGap(handle.db, tenant.id, userId, {
          domain: YOU,
          competitors: COMPETITORS,
        });
        await waitFor(
          "the bench gap to end",
          async () => {
            const row = await findGap(handle.db, tenant.id, gap.id);
            return row && row.status !== "queued" && row.status !== "running" ? row : null;
          },
          { timeoutMs: 600_000, everyMs: 20 },
        );
        return gap.id;
      };
      await sim.clearLog();
      const startedAt = Date.now();
      const started = performance.now();
      const gapId = await run();
      const wallSeconds = (performance.now() - started) / 1000;
      const endedAt = startedAt + wallSeconds * 1000;
      const entries = await log();
      const credits = entries.reduce((sum, e) => sum + (e.credits ?? 0), 0);
      const arrivals = entries.map((e) => Date.parse(e.time));
      const answers = entries.map((e) => Date.parse(e.time) + (e.durationMs ?? 0));
      const view = await gapResult(handle.db, tenant.id, gapId, {
        minCompetitors: 2,
        minAuthority: 0,
        dofollowOnly: false,
        excludeTlds: [],
        excludeDomains: [],
      });
      await sim.clearLog();
      await run();
      const againRequests = (await log()).length;
      const links = TARGETS.map((t) => profileFor(t).totalBacklinks);
      const refdomains = TARGETS.map((t) => profileFor(t).referringDomains);
      // Data API: one refdomains call per list, billed per row; provider: pages of 1,000 links.
      const perRow = api === "data-v1" ? DATA_V1_PRICES["/v1/backlinks/refdomains"]!.credits : 1; // provider-v3: 1 credit per backlink row served (simulator/README.md)
      const fetchedRows =
        api === "data-v1"
          ? refdomains.map((r) => Math.min(r, REFDOMAINS_FETCH_LIMIT))
          : links.map((l) => Math.min(l, AGGREGATE_MAX_LINKS));
      const wholeRows = api === "data-v1" ? refdomains : links;
      const minimumCredits = sum(fetchedRows) * perRow;
      const requests = entries.length;
      const minimumRequests =
        api === "data-v1"
          ? TARGETS.length
          : sum(links.map((l) => Math.ceil(Math.min(l, AGGREGATE_MAX_LINKS) / 1000)));
      // The least requests, evenly paced at the key's rate, plus one reply's latency.
      const floorSeconds = minimumRequests / ratePerSecond + latencyMs / 1000;
      rows.push({
        api,
        lists: TARGETS.length,
        requests,
        minimumRequests,
        wallSeconds: round(wallSeconds),
        floorSeconds: round(floorSeconds),
        ratioToFloor: round(wallSeconds / floorSeconds),
        credits,
        minimumCredits,
        ratioToMinimum: round(credits / minimumCredits),
        wholeListCredits: sum(wholeRows) * perRow,
        gapRows: view.result?.matched ?? -1,
        beforeFirstS: round((Math.min(...arrivals) - startedAt) / 1000),
        afterLastS: round((endedAt - Math.max(...answers)) / 1000),
        slowestAnswerS: round(Math.max(...entries.map((e) => e.durationMs ?? 0)) / 1000),
        againRequests,
      });
    }
  } finally {
    await engine.stop({ graceMs: 1000 });
    await handle.close();
    await sim.close();
  }
  return rows;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (n: number) => Math.round(n * 100) / 100;
