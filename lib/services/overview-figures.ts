import "server-only";
import type { Db } from "@/lib/db/client";
import {
  cachedSummaries,
  keywordWeekPairs,
  tenantProspects,
} from "@/lib/db/queries/overview-figures";
import { readRules } from "@/lib/db/queries/prospect-rules";
import type { Verdict } from "@/lib/prospects/qualify";
import { authorityPair } from "@/lib/seranking/authority";
import type { AuthorityFields } from "@/lib/seranking/types";
import { changeBetween } from "@/lib/services/keywords/rankings";
import { toView } from "@/lib/services/prospects/list-detail";
import { tenantDialect } from "@/lib/services/seranking/tenant-client";

/**
 * The overview's figures, read from the database only (no SE Ranking call): keyword moves over
 * the last week, prospects by verdict, and the authority of the latest searched domains.
 */
export async function overviewFigures(
  db: Db,
  tenantId: string,
  searched: string[],
  now = new Date(),
) {
  const dialect = await tenantDialect(db, tenantId);
  const labels = dialect.metricLabels;
  const [pairs, rows, { rules }, summaries] = await Promise.all([
    keywordWeekPairs(db, tenantId, now),
    tenantProspects(db, tenantId),
    readRules(db, tenantId),
    cachedSummaries(db, tenantId, searched, dialect.id),
  ]);

  const keywords = { tracked: pairs.length, up: 0, down: 0, unchanged: 0 };
  for (const p of pairs) {
    const change = changeBetween(
      p.weekStatus ? { status: p.weekStatus, position: p.weekPosition } : null,
      { status: p.status, position: p.position },
    );
    if (change === "entered" || (typeof change === "number" && change > 0)) keywords.up++;
    else if (change === "dropped" || (typeof change === "number" && change < 0)) keywords.down++;
    else if (change === 0) keywords.unchanged++;
  }

  const verdicts: Record<Verdict | "unrated", number> = {
    pass: 0,
    review: 0,
    reject: 0,
    unrated: 0,
  };
  for (const p of rows) verdicts[toView(p, rules, labels).verdict ?? "unrated"]++;

  const authority = new Map<string, number | null>();
  for (const domain of searched) {
    const summary = summaries.get(domain) as AuthorityFields | undefined;
    authority.set(domain, summary ? authorityPair(summary, labels.set).primary : null);
  }
  return {
    keywords,
    prospects: { total: rows.length, ...verdicts },
    /** "TF" or "DT": the figure beside each searched domain. */
    authorityLabel: labels.trustShort,
    authority: Object.fromEntries(authority) as Record<string, number | null>,
  };
}
export type OverviewFigures = Awaited<ReturnType<typeof overviewFigures>>;
