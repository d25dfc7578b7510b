// The full-history CSV export of 1,000 keywords × 365 days (365,000 checks), on PGlite and on
// PostgreSQL: the app's own stream (keyset pages through toCsv), read to the end as a download
// would. The heap is sampled while it runs, to show the history is never held whole.
import { sql } from "drizzle-orm";
import { type DbHandle, openDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { TRACKED_DAILY } from "@/lib/seranking/types";
import { historyCsvStream } from "@/lib/services/keywords/history-io/export-csv";
import { createTestDb } from "@/test/support/test-db";
import { seed } from "./db-queries";

export interface HistoryExportRow {
  driver: string;
  rows: number;
  megabytes: number;
  medianMs: number;
  minMs: number;
  rowsPerSecond: number;
  /** Most the heap grew over its size before the export, during the export (MB). */
  heapGrowthMb: number;
}

const REPEATS = 3;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function exportOnce(handle: DbHandle, tenantId: string, projectId: string) {
  const project = { id: projectId, searchEngine: "google" as const, location: "United States" };
  const stream = historyCsvStream(handle.db, tenantId, project, TRACKED_DAILY);
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  let bytes = 0;
  let lines = 0;
  const started = performance.now();
  for await (const chunk of stream) {
    bytes += chunk.byteLength;
    // indexOf, not a loop over every byte: the count must not cost more than the export.
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return { ms: performance.now() - started, bytes, rows: lines - 1, heapGrowth: peak - heapBefore };
}

async function benchOne(driver: string, handle: DbHandle): Promise<HistoryExportRow> {
  const { tenantId, projectId } = await seed(handle);
  await exportOnce(handle, tenantId, projectId); // warm-up
  const runs = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await exportOnce(handle, tenantId, projectId));
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return {
    driver,
    rows: runs[0]!.rows,
    megabytes: mb(runs[0]!.bytes),
    medianMs: Math.round(median),
    minMs: Math.round(times[0]!),
    rowsPerSecond: Math.round((runs[0]!.rows / median) * 1000),
    heapGrowthMb: mb(Math.max(...runs.map((r) => r.heapGrowth))),
  };
}

export async function benchHistoryExport() {
  const rows: HistoryExportRow[] = [];
  const pglite = await openDb({});
  try {
    await runMigrations(pglite);
    rows.push(await benchOne("pglite", pglite));
  } finally {
    await pglite.close();
  }
  let postgres =
    "skipped: set TEST_DATABASE_URL (scripts/with-postgres.sh does) to include PostgreSQL";
  if (process.env.TEST_DATABASE_URL) {
    const handle = await createTestDb();
    try {
      const version = (await handle.db.execute(sql`show server_version`)).rows[0] as {
        server_version: string;
      };
      postgres = `PostgreSQL ${version.server_version}`;
      rows.push(await benchOne("postgres", handle));
    } finally {
      await handle.close();
    }
  }
  return { rows, postgres };
}
