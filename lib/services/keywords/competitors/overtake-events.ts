import "server-only";
import type { Db } from "@/lib/db/client";
import {
  competitorRunRows,
  insertEvents,
  listCompetitors,
  ownPositionsAround,
  previousCompetitorPositions,
} from "@/lib/db/queries/keyword-competitors";
import { detectOvertakes, type OvertakeInput } from "./overtake";

interface RunRef {
  tenantId: string;
  projectId: string;
  runId: string;
  checkedAt: Date;
}

const pairKey = (competitorId: string, keywordId: string) => `${competitorId}:${keywordId}`;

/**
 * After a check stored both our rows and the competitors' rows: one "competitor_overtook" event
 * per keyword and competitor that is ahead now and was not at the last good check before. A
 * re-delivered job records nothing twice (a unique index per run, keyword and competitor).
 */
export async function recordOvertakes(db: Db, run: RunRef): Promise<number> {
  const { tenantId, projectId, runId, checkedAt } = run;
  const competitors = await listCompetitors(db, tenantId, projectId);
  if (competitors.length === 0) return 0;
  const [own, theirsNow, theirsBefore] = await Promise.all([
    ownPositionsAround(db, tenantId, projectId, runId, checkedAt),
    competitorRunRows(db, tenantId, runId),
    previousCompetitorPositions(db, tenantId, projectId, checkedAt),
  ]);
  const oursNow = new Map(own.now.filter((r) => r.status === "ok").map((r) => [r.keywordId, r]));
  const oursBefore = new Map(own.before.map((r) => [r.keywordId, r.position]));
  const before = new Map(theirsBefore.map((r) => [pairKey(r.competitorId, r.keywordId), r]));
  const inputs: OvertakeInput[] = theirsNow.map((row) => {
    const ours = oursNow.get(row.keywordId);
    const prev = before.get(pairKey(row.competitorId, row.keywordId));
    const oursPrev = oursBefore.get(row.keywordId);
    return {
      keywordId: row.keywordId,
      competitorId: row.competitorId,
      now:
        ours && row.status === "ok" ? { ours: ours.position, competitor: row.position } : undefined,
      before:
        prev && oursPrev !== undefined ? { ours: oursPrev, competitor: prev.position } : undefined,
    };
  });
  const domains = new Map(competitors.map((c) => [c.id, c.domain]));
  const found = detectOvertakes(inputs).filter((o) => domains.has(o.competitorId));
  await insertEvents(
    db,
    tenantId,
    found.map((o) => ({
      projectId,
      keywordId: o.keywordId,
      runId,
      kind: "competitor_overtook" as const,
      at: checkedAt,
      details: {
        competitorId: o.competitorId,
        competitor: domains.get(o.competitorId),
        from: o.from,
        to: o.to,
      },
    })),
  );
  return found.length;
}
