import "server-only";
import type { Db } from "@/lib/db/client";
import { insertCompetitorChecks, listCompetitors } from "@/lib/db/queries/keyword-competitors";
import type { KeywordProject, TrackedKeyword } from "@/lib/db/schema";
import type { SERankingClient } from "@/lib/seranking/client";
import { isSERankingError } from "@/lib/seranking/errors";
import type { KeywordRankingRow } from "@/lib/seranking/types";
import { keywordKey } from "@/lib/validations/keywords";
import { recordOvertakes } from "./overtake-events";

interface CompetitorRun {
  tenantId: string;
  project: KeywordProject;
  runId: string;
  checkedAt: Date;
  keywords: readonly TrackedKeyword[];
  batchSize: number;
}

const FATAL = new Set(["invalid_key", "out_of_credits", "subscription_required"]);

type Client = Pick<SERankingClient, "getKeywordRankings">;

/**
 * Data API mode: each competitor is asked the same question as the project's domain (same
 * keywords, engine and location), one row per keyword per competitor appended to the history.
 * Every reply is billed like the project's own (the tenant client counts the credits). A failed
 * call stores failed rows for that batch and never touches the project's own rows.
 */
export async function checkCompetitors(db: Db, run: CompetitorRun, client: Client) {
  const { tenantId, project, runId, checkedAt, keywords } = run;
  const competitors = await listCompetitors(db, tenantId, project.id);
  if (competitors.length === 0 || keywords.length === 0) return;
  // After these every further call fails the same way (no credit is spent on a refused call).
  let fatal: string | undefined;
  for (const competitor of competitors) {
    for (let i = 0; i < keywords.length; i += run.batchSize) {
      const batch = keywords.slice(i, i + run.batchSize);
      let reply: KeywordRankingRow[] = [];
      let error = fatal;
      if (!error)
        try {
          reply = await client.getKeywordRankings({
            domain: competitor.domain,
            keywords: batch.map((k) => k.keyword),
            searchEngine: project.searchEngine,
            location: project.location,
          });
        } catch (e) {
          if (!isSERankingError(e)) throw e;
          error = `Checking ${competitor.domain} failed: ${e.message}`;
          if (FATAL.has(e.kind)) fatal = error;
        }
      const byKey = new Map(reply.map((r) => [keywordKey(r.keyword.trim()), r]));
      await insertCompetitorChecks(
        db,
        tenantId,
        batch.map((k) => {
          const hit = error ? undefined : byKey.get(keywordKey(k.keyword));
          const base = { projectId: project.id, competitorId: competitor.id, keywordId: k.id };
          return !hit || hit.unknown
            ? {
                ...base,
                runId,
                status: "failed" as const,
                error: error ?? "SE Ranking's reply had no row for this keyword",
                checkedAt,
              }
            : {
                ...base,
                runId,
                status: "ok" as const,
                position: hit.position,
                url: hit.url,
                checkedAt,
              };
        }),
      );
    }
  }
  await recordOvertakes(db, { tenantId, projectId: project.id, runId, checkedAt });
}
