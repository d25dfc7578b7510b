import "server-only";
import type { Db } from "@/lib/db/client";
import { GLANCE_COLUMNS } from "@/lib/db/queries/glance-sql";
import { type GlanceDelta, glanceDeltas } from "@/lib/db/queries/keyword-glance";
import { glanceDeltasSince } from "@/lib/db/queries/keyword-glance-since";
import {
  glanceNewChecks,
  readGlanceMark,
  readGlancePoints,
  writeGlancePoints,
} from "@/lib/db/queries/keyword-glance-store";
import type { Totals } from "./glance-figures";

// The series of running totals, one point per check instant, kept in the database and brought
// up to date when read:
// - nothing new since it was stored: read it (~365 small rows for a year of daily checks);
// - new check rows (a run, an import): recompute from the earliest new instant on only, by
//   index look-ups per new row (keyword-glance-since.ts); earlier points cannot change, since a
//   total at an instant depends only on checks up to it;
// - a keyword removed (its history went with it), a changed formula, nothing stored, or new rows
//   reaching so far back that the look-ups would cost more than a pass: one full pass.
// Both passes share glance-sql.ts's expressions and feed the same pointFromTotals.

/** Bump when the SQL formula changes: stored totals of another version are recomputed. */
export const GLANCE_VERSION = "1";
/**
 * Above this many rows from the earliest new instant on, one full pass is about as cheap (the
 * look-ups cost ~0.1 ms per row on PostgreSQL and ~0.2 ms on PGlite; a full pass of 365,000 rows
 * 5–8 s on either, db bench).
 */
const INCREMENTAL_MAX_ROWS = 20_000;

interface StoredPoint {
  at: string;
  totals: number[];
}

function run(base: number[], deltas: GlanceDelta[]): StoredPoint[] {
  const totals = [...base];
  return deltas.map((d) => {
    d.delta.forEach((n, i) => {
      totals[i] = (totals[i] ?? 0) + n;
    });
    return { at: d.at, totals: [...totals] };
  });
}

export function totalsOf(p: StoredPoint): Totals {
  return {
    at: p.at,
    ...Object.fromEntries(GLANCE_COLUMNS.map((c, i) => [c, p.totals[i] ?? 0])),
  } as Totals;
}

/** Brings the stored series up to date and returns it, oldest first. */
export async function glanceSeries(db: Db, tenantId: string, projectId: string) {
  const state = await readGlanceMark(db, tenantId, projectId);
  const mark = {
    lastCheckId: state.lastCheckId,
    version: GLANCE_VERSION,
    keywordIds: state.keywordIds,
  };
  const usable = state.mark?.version === GLANCE_VERSION && !state.removed;
  if (usable && state.mark?.lastCheckId === state.lastCheckId) {
    return { totals: (await readGlancePoints(db, tenantId, projectId)).map(totalsOf), how: "read" };
  }
  if (usable) {
    const added = await glanceNewChecks(db, tenantId, projectId, state.mark?.lastCheckId ?? null);
    if (added && added.rows <= INCREMENTAL_MAX_ROWS) {
      const from = added.from.toISOString();
      const [stored, deltas] = await Promise.all([
        readGlancePoints(db, tenantId, projectId),
        glanceDeltasSince(db, tenantId, projectId, added.from),
      ]);
      const kept = stored.filter((p) => p.at < from);
      const fresh = run(kept.at(-1)?.totals ?? [], deltas);
      await writeGlancePoints(db, tenantId, projectId, added.from, fresh, mark);
      return { totals: [...kept, ...fresh].map(totalsOf), how: "incremental" };
    }
  }
  const points = run([], await glanceDeltas(db, tenantId, projectId));
  await writeGlancePoints(db, tenantId, projectId, null, points, mark);
  return { totals: points.map(totalsOf), how: "full" };
}
