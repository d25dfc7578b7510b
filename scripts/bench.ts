// npm run bench [-- --only overhead,floor,bulk,weight,lighthouse,db,credits,gap,history-export,schedule-scale] — measured figures, merged into
// bench/results.json and printed as tables. Each figure comes from one run on this machine;
// compare ratios, not absolute times. PostgreSQL joins the db part when TEST_DATABASE_URL is set
// (scripts/with-postgres.sh npm run bench).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { DEMO_KEY } from "@/simulator/keys";
import { configureSimulator, startAppServer } from "./bench/app-server";
import { benchBulkMetrics } from "./bench/bulk-metrics";
import { benchCredits } from "./bench/credits";
import { benchDbQueries } from "./bench/db-queries";
import { benchFloor } from "./bench/floor";
import { benchGap } from "./bench/gap";
import { benchHistoryExport } from "./bench/history-export";
import { benchLighthouse } from "./bench/lighthouse";
import { benchPageWeight } from "./bench/page-weight";
import { benchRouteOverhead } from "./bench/route-overhead";
import { benchScheduleScale } from "./bench/schedule-scale";
import { signIn } from "./bench/session";
import { DEMO } from "./lib/seed";

const PARTS = [
  "overhead",
  "floor",
  "bulk",
  "weight",
  "lighthouse",
  "db",
  "credits",
  "gap",
  "history-export",
  "schedule-scale",
] as const;
type Part = (typeof PARTS)[number];
const { values } = parseArgs({ options: { only: { type: "string" } } });
const only = (values.only?.split(",").map((p) => p.trim()) ?? [...PARTS]) as Part[];
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`Unknown part(s): ${unknown.join(", ")}. Choose from ${PARTS.join(", ")}.`);
  process.exit(2);
}
const wants = (part: Part) => only.includes(part);

const OUT = "bench/results.json";
const results: Record<string, unknown> = existsSync(OUT)
  ? JSON.parse(readFileSync(OUT, "utf8"))
  : {};
const benchStarted = performance.now();

if (wants("overhead") || wants("floor") || wants("weight")) {
  const server = await startAppServer("bench");
  try {
    // The bench measures the app, not SE Ranking's limits: no simulator rate limit, ample credits.
    await configureSimulator(server.simUrl, { rateLimit: 0, latencyMs: 0 });
    await fetch(`${server.simUrl}/__sim/keys`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ key: DEMO_KEY, credits: 1_000_000_000 }),
    });
    const cookie = await signIn(server.url, DEMO.admin.email, DEMO.admin.password);
    if (wants("overhead")) {
      const overhead = await benchRouteOverhead(server, cookie);
      console.log(
        "\nRoute overhead — backlink summary, app vs. simulator direct (autocannon, 10 s each)",
      );
      console.table(overhead.rows);
      console.table(overhead.ratios);
      results.routeOverhead = overhead;
    }
    if (wants("floor")) {
      const floor = await benchFloor(server, cookie);
      console.log(
        "\nFloor — a bare route handler and a bare dashboard page vs. ours (autocannon, 10 connections, 10 s each)",
      );
      console.table(floor.rows);
      console.table(floor.ratios);
      results.floor = floor;
    }
    if (wants("weight")) {
      const weight = await benchPageWeight(server.url, cookie);
      console.log("\nPage weight — JavaScript in each page's <script src> tags (gzip -9)");
      console.table(weight);
      results.pageWeight = weight;
    }
  } finally {
    await server.stop();
  }
}

if (wants("lighthouse")) {
  // Its own server with the demo's content (prospects with metrics, two weeks of rankings), so
  // the scores are for pages with rows on them, not for empty states.
  const server = await startAppServer("bench-lighthouse", {}, { content: true });
  try {
    const cookie = await signIn(server.url, DEMO.admin.email, DEMO.admin.password);
    const scores = await benchLighthouse(server.url, cookie);
    console.log(
      "\nLighthouse 13.5.0 — mobile (default config) and desktop presets, Debian chromium",
    );
    console.table(scores);
    results.lighthouse = scores;
  } finally {
    await server.stop();
  }
}

if (wants("bulk")) {
  const bulkMetrics = await benchBulkMetrics([1_000, 5_000]);
  console.log("\nBulk metrics (prospects) — simulator latency 200 ms, limit 10 requests/s");
  console.table(bulkMetrics);
  results.bulkMetrics = bulkMetrics;
}

if (wants("credits")) {
  const credits = await benchCredits();
  console.log("\nCredits (Data API key) — the simulator's bill vs. the least the API allows");
  console.table(credits);
  results.credits = credits;
}

if (wants("gap")) {
  const gap = await benchGap();
  console.log(
    "\nBacklink gap — you + 10 competitors, 10,000 links each; simulator latency 200 ms, limit 10 requests/s",
  );
  console.table(gap);
  results.backlinkGap = gap;
}

if (wants("db")) {
  const db = await benchDbQueries();
  console.log(`\nKeyword history, 1,000 keywords × 365 days — PGlite vs ${db.postgres}`);
  console.table(db.rows);
  results.dbQueries = db;
}

if (wants("history-export")) {
  const exported = await benchHistoryExport();
  console.log(
    `\nHistory CSV export (streamed), 1,000 keywords × 365 days — PGlite vs ${exported.postgres}`,
  );
  console.table(exported.rows);
  results.historyExport = exported;
}

if (wants("schedule-scale")) {
  const scale = await benchScheduleScale();
  console.log(
    "\nA morning's schedule — 50 projects × 200 keywords due at once on one key; simulator latency 200 ms, limit 10 requests/s",
  );
  console.table([scale]);
  results.scheduleScale = scale;
}

mkdirSync("bench", { recursive: true });
results.measuredAt = new Date().toISOString();
results.machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version };
results.lastRun = { parts: only, seconds: Math.round((performance.now() - benchStarted) / 1000) };
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\nWritten to ${OUT} (${only.join(", ")}) in ${results.lastRun && (results.lastRun as { seconds: number }).seconds} s`,
);
