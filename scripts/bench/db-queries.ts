// PGlite vs PostgreSQL for the heaviest reads: a year of daily keyword history (1,000 keywords ×
// 365 days = 365,000 checks), seeded with generate_series, read by the app's own query functions.
import { sql } from "drizzle-orm";
import { type DbHandle, openDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { historyFor } from "@/lib/db/queries/keyword-checks";
import { keywordRankings } from "@/lib/db/queries/keyword-rankings";
import { createTestDb } from "@/test/support/test-db";
import { benchGlance } from "./glance";

export interface DbQueryRow {
  driver: string;
  query: string;
  rows: number;
  medianMs: number;
  minMs: number;
}

const KEYWORDS = 1_000;
const DAYS = 365;

export async function seed(handle: DbHandle) {
  const { db } = handle;
  const [tenant] = (
    await db.execute(sql`insert into tenants (name, slug) values ('Bench', 'bench') returning id`)
  ).rows as { id: string }[];
  const [project] = (
    await db.execute(sql`
      insert into keyword_projects (tenant_id, domain, search_engine, location, next_check_at)
      values (${tenant!.id}, 'example.com', 'google', 'United States', now()) returning id`)
  ).rows as { id: string }[];
  const tenantId = tenant!.id;
  const projectId = project!.id;
  await db.execute(sql`
    insert into tracked_keywords (tenant_id, project_id, keyword)
    select ${tenantId}, ${projectId}, 'keyword ' || n from generate_series(1, ${KEYWORDS}) n`);
  // One check per keyword per day; about one in eight unranked (null), one in fifty failed.
  await db.execute(sql`
    insert into keyword_checks (tenant_id, project_id, keyword_id, position, url, status, checked_at)
    select ${tenantId}, ${projectId}, k.id,
      case when (k.n + d) % 8 = 0 or (k.n + d) % 50 = 1 then null else 1 + (k.n * 7 + d) % 100 end,
      case when (k.n + d) % 8 = 0 or (k.n + d) % 50 = 1 then null else 'https://example.com/p' || k.n end,
      case when (k.n + d) % 50 = 1 then 'failed' else 'ok' end,
      timestamptz '2026-01-01 06:00:00+00' + d * interval '1 day'
    from (select id, row_number() over (order by keyword) as n from tracked_keywords
          where tenant_id = ${tenantId}) k
    cross join generate_series(0, ${DAYS - 1}) d`);
  await db.execute(sql`analyze`);
  const ids = (
    await db.execute(sql`select id from tracked_keywords where tenant_id = ${tenantId} limit 10`)
  ).rows as { id: string }[];
  return { tenantId, projectId, tenKeywords: ids.map((r) => r.id) };
}

async function time(fn: () => Promise<unknown[]>, repeats: number) {
  const rows = (await fn()).length; // warm-up, and the row count
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (n: number) => Math.round(n * 10) / 10;
  return { rows, medianMs: ms(times[Math.floor(times.length / 2)]!), minMs: ms(times[0]!) };
}

async function benchOne(driver: string, handle: DbHandle) {
  const seedStarted = performance.now();
  const { tenantId, projectId, tenKeywords } = await seed(handle);
  const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;
  const { db } = handle;
  const since = new Date("2025-12-31T00:00:00Z");
  const cases: [string, () => Promise<unknown[]>, number][] = [
    ["rankings table (1,000 keywords)", () => keywordRankings(db, tenantId, projectId), 5],
    [
      "history chart (10 keywords × 365 days)",
      () => historyFor(db, tenantId, projectId, tenKeywords, since),
      10,
    ],
    // The CSV export is timed as the app streams it, page by page: --only history-export.
  ];
  const rows: DbQueryRow[] = [];
  for (const [query, fn, repeats] of cases)
    rows.push({ driver, query, ...(await time(fn, repeats)) });
  // Last: it adds check runs to the seeded history.
  rows.push(...(await benchGlance(driver, db, tenantId, projectId, DAYS)));
  return { rows, seedSeconds };
}

export async function benchDbQueries() {
  const results: DbQueryRow[] = [];
  const seeding: Record<string, number> = {};
  const pglite = await openDb({});
  try {
    await runMigrations(pglite);
    const { rows, seedSeconds } = await benchOne("pglite", pglite);
    results.push(...rows);
    seeding.pglite = seedSeconds;
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
      const { rows, seedSeconds } = await benchOne("postgres", handle);
      results.push(...rows);
      seeding.postgres = seedSeconds;
    } finally {
      await handle.close();
    }
  }
  return { rows: results, seedSeconds: seeding, postgres };
}
