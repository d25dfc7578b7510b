// The two authority metric sets SE Ranking returns, and everything that differs between them:
// labels, which fields a row shows, when a row can be judged, the verdicts, the ratio column,
// the chart's rule, the prospect rules that apply. Each dialect carries its strategy; the browser,
// which receives only the (serialisable) labels, looks the same strategy up by `labels.set`.
// Callers ask the strategy instead of comparing the set themselves. Isomorphic, no I/O.
import { inlinkRankVerdict } from "@/lib/backlinks/inlink-rank-verdict";
import { GOOD_RATIO, type TfCfVerdict, tfCfVerdict } from "@/lib/backlinks/tf-cf-verdict";
import {
  type Qualification,
  type QualificationRules,
  qualify,
  tfCfRatio,
} from "@/lib/prospects/qualify";
import {
  INLINK_RANK_RULES_TEXT,
  linksPerDomain,
  qualifyInlinkRank,
} from "@/lib/prospects/qualify-inlink-rank";
import { type AuthorityPair, authorityPair } from "./authority";
import type {
  AuthorityFields,
  AuthorityMetricSet,
  BacklinksSummaryResult,
  MetricLabels,
} from "./types";

/** A stored row's metrics as a verdict reads them (counts may be unknown). */
export interface JudgedFields extends AuthorityFields {
  referringDomains: number | null;
  totalBacklinks: number | null;
}

/** How a rule field of the prospect rules form reads under this set (unchanged when absent). */
export type RuleFieldNote = { label?: string; hint?: string } | undefined;

export interface MetricStrategy {
  readonly set: AuthorityMetricSet;
  readonly labels: MetricLabels;
  /** The row's two numbers of this set: never the other set's. */
  pair(row: AuthorityFields): AuthorityPair;
  /** The four authority fields with only this set's pair filled (the other kept in the db). */
  shown(row: AuthorityFields): Required<AuthorityFields>;
  /** Whether the row holds enough of this set to be judged (TF/CF needs both; DT is enough). */
  holds(row: AuthorityFields): boolean;
  /** A prospect's ratio and verdict under the workspace's rules; only for rows it `holds`. */
  judge(row: JudgedFields, rules: QualificationRules): Qualification & { ratio: number | null };
  /** The domain summary's verdict card. */
  summaryVerdict(summary: BacklinksSummaryResult): TfCfVerdict;
  /** The summary card states its rule under the verdict (the TF/CF one lives in the tooltip). */
  readonly summaryShowsRule: boolean;
  /** The ratio: the table column's header, the CSV's, the summary card's title. */
  readonly ratioLabel: { column: string; csv: string; card: string };
  /** What the prospects scatter says after the count, and the spam zone it shades, if any. */
  readonly scatterNote: string;
  spamZone(rules: QualificationRules): { minCitationFlow: number; maxRatio: number } | undefined;
  /** The rules text shown under the rules form, when the form's fields are not the whole story. */
  readonly rulesText: string | null;
  ruleField(key: keyof QualificationRules): RuleFieldNote;
}

const known = (pair: AuthorityPair) => pair.primary !== null && pair.secondary !== null;

const TF_CF_LABELS: MetricLabels = {
  set: "tf_cf",
  trust: "Trust Flow",
  citation: "Citation Flow",
  trustShort: "TF",
  citationShort: "CF",
};

export const tfCfStrategy: MetricStrategy = {
  set: "tf_cf",
  labels: TF_CF_LABELS,
  pair: (row) => authorityPair(row, "tf_cf"),
  shown: (row) => ({
    trustFlow: row.trustFlow,
    citationFlow: row.citationFlow,
    domainInlinkRank: null,
    inlinkRank: null,
  }),
  holds: (row) => known(authorityPair(row, "tf_cf")),
  judge(row, rules) {
    const metrics = { trustFlow: row.trustFlow!, citationFlow: row.citationFlow! };
    return { ...qualify(metrics, rules), ratio: tfCfRatio(metrics) };
  },
  summaryVerdict: (summary) =>
    tfCfVerdict(summary.trustFlow ?? 0, summary.citationFlow ?? 0, TF_CF_LABELS),
  summaryShowsRule: false,
  ratioLabel: {
    column: "TF/CF",
    csv: "TF/CF ratio",
    card: `${TF_CF_LABELS.trust} / ${TF_CF_LABELS.citation} ratio`,
  },
  scatterNote: `Dashed line: TF/CF = ${GOOD_RATIO} (above is good). Shaded: your spam rule. Click a point to select it (the table's checkboxes do the same).`,
  spamZone: (rules) => ({
    minCitationFlow: rules.spamMinCitationFlow,
    maxRatio: rules.spamMaxRatio,
  }),
  rulesText: null,
  ruleField: () => undefined,
};

const INLINK_RANK_LABELS: MetricLabels = {
  set: "inlink_rank",
  trust: "Domain Trust",
  citation: "Page Trust",
  trustShort: "DT",
  citationShort: "PT",
};

// DT/PT data (data-v1): only the minimum applies (to DT); the TF/CF ratio rules are kept for a
// switch back but are not used, and the DT spam rule is stated instead.
export const inlinkRankStrategy: MetricStrategy = {
  set: "inlink_rank",
  labels: INLINK_RANK_LABELS,
  pair: (row) => authorityPair(row, "inlink_rank"),
  shown: (row) => ({
    trustFlow: null,
    citationFlow: null,
    domainInlinkRank: row.domainInlinkRank ?? null,
    inlinkRank: row.inlinkRank ?? null,
  }),
  holds: (row) => authorityPair(row, "inlink_rank").primary !== null,
  judge(row, rules) {
    const metrics = {
      domainTrust: row.domainInlinkRank!,
      referringDomains: row.referringDomains,
      totalBacklinks: row.totalBacklinks,
    };
    return { ...qualifyInlinkRank(metrics, rules), ratio: linksPerDomain(metrics) };
  },
  summaryVerdict: (summary) =>
    inlinkRankVerdict({
      domainTrust: summary.domainInlinkRank ?? null,
      totalBacklinks: summary.totalBacklinks,
      referringDomains: summary.referringDomains,
    }),
  summaryShowsRule: true,
  ratioLabel: {
    column: "Links/RD",
    csv: "Backlinks per referring domain",
    card: "Backlinks per referring domain",
  },
  scatterNote: `Colours are the verdicts of the ${INLINK_RANK_LABELS.trustShort}/${INLINK_RANK_LABELS.citationShort} rules: ${INLINK_RANK_RULES_TEXT} Click a point to select it.`,
  spamZone: () => undefined,
  rulesText: INLINK_RANK_RULES_TEXT,
  ruleField: (key) =>
    key === "minTrustFlow"
      ? { label: `Minimum ${INLINK_RANK_LABELS.trustShort}` }
      : { hint: "TF/CF data only: not used now" },
};

const STRATEGIES: Record<AuthorityMetricSet, MetricStrategy> = {
  tf_cf: tfCfStrategy,
  inlink_rank: inlinkRankStrategy,
};

/**
 * The strategy behind labels received from the server (or a stored set). Without labels: the
 * default dialect's (provider-v3, TF/CF), as before any key says otherwise.
 */
export function metricStrategyFor(
  labels: Pick<MetricLabels, "set"> | AuthorityMetricSet | undefined,
): MetricStrategy {
  if (labels === undefined) return tfCfStrategy;
  return STRATEGIES[typeof labels === "string" ? labels : labels.set];
}
