// npm run bench — measured figures, written to bench/results.json and printed as tables.
// Each figure comes from one run on this machine; compare ratios, not absolute times.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { benchBulkMetrics } from "./bench/bulk-metrics";

const bulkMetrics = await benchBulkMetrics([1_000, 5_000]);
console.log("\nBulk metrics (prospects) — simulator latency 200 ms, limit 10 requests/s");
console.table(bulkMetrics);

mkdirSync("bench", { recursive: true });
const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  bulkMetrics,
};
writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
console.log("Written to bench/results.json");
