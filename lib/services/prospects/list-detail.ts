import "server-only";
import type { Db } from "@/lib/db/client";
import { listProspects } from "@/lib/db/queries/prospect-lists";
import { readRules } from "@/lib/db/queries/prospect-rules";
import type { Prospect } from "@/lib/db/schema";
import type { QualificationRules, Verdict } from "@/lib/prospects/qualify";
import { providerV3 } from "@/lib/seranking/dialects/provider-v3";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { MetricLabels } from "@/lib/seranking/types";
import { tenantMetricLabels } from "@/lib/services/seranking/tenant-client";
import { requireList } from "./lists";
import { estimateRuns } from "./metrics-run";

/**
 * A prospect as the page and the export see it: metrics, ratio and the verdict with its reason.
 * Only the pair of the connected API is filled (TF/CF or DT/PT, see metricLabels); `ratio` is
 * TF/CF for TF/CF data and backlinks per referring domain for DT/PT data.
 */
export interface ProspectView {
  domain: string;
  trustFlow: number | null;
  citationFlow: number | null;
  domainInlinkRank: number | null;
  inlinkRank: number | null;
  ratio: number | null;
  referringDomains: number | null;
  totalBacklinks: number | null;
  verdict: Verdict | null;
  reason: string;
  fetchedAt: string | null;
  error: { kind: string; message: string } | null;
  /** Lower-cased labels set with the bulk bar's "Tag". */
  tags: string[];
  /** Where the domain came from ("found by gap vs. a.com, b.com"); null when pasted. */
  origin: string | null;
}

export function toView(
  p: Prospect,
  rules: QualificationRules,
  labels: MetricLabels = providerV3.metricLabels,
): ProspectView {
  const error = p.errorKind ? { kind: p.errorKind, message: p.errorMessage ?? "" } : null;
  const strategy = metricStrategyFor(labels);
  const base = {
    domain: p.domain,
    ...strategy.shown(p),
    referringDomains: p.referringDomains,
    totalBacklinks: p.totalBacklinks,
    fetchedAt: p.fetchedAt?.toISOString() ?? null,
    error,
    tags: p.tags,
    origin: p.origin,
  };
  if (!strategy.holds(p)) {
    // Metrics fetched through the other API are kept in the database but not shown as these.
    const other = p.fetchedAt !== null && !error;
    return {
      ...base,
      ratio: null,
      verdict: null,
      reason: error
        ? `Fetch failed: ${error.message}`
        : other
          ? `Fetched with the other SE Ranking API: fetch again for ${labels.trustShort}/${labels.citationShort}`
          : "Metrics not fetched yet",
    };
  }
  const { ratio, verdict, reason } = strategy.judge(p, rules);
  return { ...base, ratio, verdict, reason };
}

export async function listDetail(db: Db, tenantId: string, listId: string) {
  const list = await requireList(db, tenantId, listId);
  const [{ rules }, rows, metricLabels, runEstimates] = await Promise.all([
    readRules(db, tenantId),
    listProspects(db, tenantId, listId),
    tenantMetricLabels(db, tenantId),
    estimateRuns(db, tenantId, listId),
  ]);
  return {
    list: { id: list.id, name: list.name, createdAt: list.createdAt, updatedAt: list.updatedAt },
    rules,
    metricLabels,
    // What "Fetch metrics" / "Retry failed" would cost, shown on the buttons before a click.
    runEstimates,
    prospects: rows.map((p) => toView(p, rules, metricLabels)),
  };
}

/** GET /prospect-lists/:listId: the list, its rules and labels, what a run costs, the prospects. */
export type ListDetail = Awaited<ReturnType<typeof listDetail>>;
