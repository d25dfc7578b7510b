// "At a glance" on 1,000 keywords × 365 days: the full pass over the history (what every first
// load cost before the series was stored), the first load after a new check run (1,000 new rows:
// the incremental pass, then the whole view as the page asks for it), and a load with nothing new.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { glanceDeltas } from "@/lib/db/queries/keyword-glance";
import { glanceSeries } from "@/lib/services/keywords/glance/glance-series";
import { projectGlance } from "@/lib/services/keywords/glance/glance-service";
import type { DbQueryRow } from "./db-queries";

/** One more daily check run: every keyword, the same pattern as the seed, at day `d`. */
async function checkRun(db: Db, tenantId: string, projectId: string, d: number) {
  await db.execute(sql`
    insert into keyword_checks (tenant_id, project_id, keyword_id, position, url, status, checked_at)
    select ${tenantId}, ${projectId}, k.id,
      case when (k.n + ${d}) % 8 = 0 or (k.n + ${d}) % 50 = 1 then null else 1 + (k.n * 7 + ${d}) % 100 end,
      null, case when (k.n + ${d}) % 50 = 1 then 'failed' else 'ok' end,
      timestamptz '2026-01-01 06:00:00+00' + ${d} * interval '1 day'
    from (select id, row_number() over (order by keyword) as n from tracked_keywords
          where tenant_id = ${tenantId} and project_id = ${projectId}) k`);
}

const ms = (n: number) => Math.round(n * 10) / 10;
function summary(driver: string, query: string, rows: number, times: number[]): DbQueryRow {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    driver,
    query,
    rows,
    medianMs: ms(sorted[Math.floor(sorted.length / 2)]!),
    minMs: ms(sorted[0]!),
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await fn();
  return [performance.now() - started, value];
}

export async function benchGlance(
  driver: string,
  db: Db,
  tenantId: string,
  projectId: string,
  days: number,
  repeats = 3,
): Promise<DbQueryRow[]> {
  const full: number[] = [];
  let points = 0;
  for (let i = 0; i <= repeats; i++) {
    const [t, deltas] = await timed(() => glanceDeltas(db, tenantId, projectId));
    points = deltas.length;
    if (i > 0) full.push(t); // the first is the warm-up
  }
  await glanceSeries(db, tenantId, projectId); // stores the series (the full pass)
  const incremental: number[] = [];
  const view: number[] = [];
  const read: number[] = [];
  for (let i = 0; i < repeats; i++) {
    await checkRun(db, tenantId, projectId, days + 2 * i);
    const [t, series] = await timed(() => glanceSeries(db, tenantId, projectId));
    if (series.how !== "incremental") throw new Error(`expected incremental, got ${series.how}`);
    incremental.push(t);
    await checkRun(db, tenantId, projectId, days + 2 * i + 1);
    view.push((await timed(() => projectGlance(db, tenantId, projectId)))[0]);
    read.push((await timed(() => glanceSeries(db, tenantId, projectId)))[0]);
  }
  return [
    summary(driver, "at a glance, full pass (every check)", points, full),
    summary(driver, "at a glance, series after a new run (1,000 rows)", 1, incremental),
    summary(driver, "at a glance, whole view after a new run", points, view),
    summary(driver, "at a glance, stored series, nothing new", points, read),
  ];
}
