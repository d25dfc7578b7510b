import { and, desc, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { AuthorityMetricSet } from "@/lib/seranking/types";
import type { Db } from "../client";
import { prospects } from "../schema";

export interface StoredMetrics {
  domain: string;
  trustFlow: number | null;
  citationFlow: number | null;
  domainInlinkRank?: number | null;
  inlinkRank?: number | null;
  referringDomains: number;
  totalBacklinks: number;
  fetchedAt: Date;
}

/**
 * The newest metrics fetched since `since` for the domains of a list, from any list of the
 * tenant: the per-domain cache that spares SE Ranking calls (and credits) within the TTL.
 */
export async function freshMetricsForDomains(
  db: Db,
  tenantId: string,
  domains: string[],
  since: Date,
  /** Only rows holding this pair count: metrics of the other dialect are not reused. */
  set: AuthorityMetricSet = "tf_cf",
): Promise<Map<string, StoredMetrics>> {
  const fresh = new Map<string, StoredMetrics>();
  const strategy = metricStrategyFor(set);
  for (let i = 0; i < domains.length; i += 1000) {
    const rows = await db
      .select({
        domain: prospects.domain,
        trustFlow: prospects.trustFlow,
        citationFlow: prospects.citationFlow,
        domainInlinkRank: prospects.domainInlinkRank,
        inlinkRank: prospects.inlinkRank,
        referringDomains: prospects.referringDomains,
        totalBacklinks: prospects.totalBacklinks,
        fetchedAt: prospects.fetchedAt,
      })
      .from(prospects)
      .where(
        and(
          eq(prospects.tenantId, tenantId),
          inArray(prospects.domain, domains.slice(i, i + 1000)),
          isNotNull(prospects.fetchedAt),
          gte(prospects.fetchedAt, since),
        ),
      )
      .orderBy(desc(prospects.fetchedAt));
    for (const r of rows) {
      if (fresh.has(r.domain) || !strategy.holds(r)) continue;
      fresh.set(r.domain, {
        domain: r.domain,
        trustFlow: r.trustFlow,
        citationFlow: r.citationFlow,
        domainInlinkRank: r.domainInlinkRank,
        inlinkRank: r.inlinkRank,
        referringDomains: r.referringDomains ?? 0,
        totalBacklinks: r.totalBacklinks ?? 0,
        fetchedAt: r.fetchedAt!,
      });
    }
  }
  return fresh;
}

/** Stores a batch's metrics in one statement and clears those domains' last failure. */
export async function storeMetrics(
  db: Db,
  tenantId: string,
  listId: string,
  rows: readonly StoredMetrics[],
) {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.domain}::text, ${r.trustFlow}::int, ${r.citationFlow}::int, ${r.domainInlinkRank ?? null}::int, ${r.inlinkRank ?? null}::int, ${r.referringDomains}::int, ${r.totalBacklinks}::int, ${r.fetchedAt.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    update ${prospects} set
      trust_flow = v.tf, citation_flow = v.cf, domain_inlink_rank = v.dir, inlink_rank = v.ir,
      referring_domains = v.rd, total_backlinks = v.tb, fetched_at = v.at,
      error_kind = null, error_message = null
    from (values ${values}) as v(domain, tf, cf, dir, ir, rd, tb, at)
    where ${prospects.tenantId} = ${tenantId} and ${prospects.listId} = ${listId}
      and ${prospects.domain} = v.domain`);
}

export interface StoredFailure {
  domain: string;
  kind: string;
  message: string;
}

/** Marks domains as failed with the reason; metrics stored earlier stay untouched. */
export async function storeFailures(
  db: Db,
  tenantId: string,
  listId: string,
  failures: readonly StoredFailure[],
) {
  if (failures.length === 0) return;
  const values = sql.join(
    failures.map((f) => sql`(${f.domain}::text, ${f.kind}::text, ${f.message}::text)`),
    sql`, `,
  );
  await db.execute(sql`
    update ${prospects} set error_kind = v.kind, error_message = v.message
    from (values ${values}) as v(domain, kind, message)
    where ${prospects.tenantId} = ${tenantId} and ${prospects.listId} = ${listId}
      and ${prospects.domain} = v.domain`);
}
