// Prospect qualification: a pure function of a domain's metrics and the tenant's rules, so the
// verdict is recomputed on every read and a rule change re-judges every list at once.
// The spec's guidance: TF/CF > 0.5 is good; high CF with low TF is a spammy link profile.

export interface QualificationRules {
  /** Below this Trust Flow a prospect is rejected. */
  minTrustFlow: number;
  /** Below this TF/CF ratio a prospect needs a human look. */
  minRatio: number;
  /** Spam rule: CF at least this… */
  spamMinCitationFlow: number;
  /** …with TF/CF below this → rejected as spam. */
  spamMaxRatio: number;
}

export const DEFAULT_RULES: QualificationRules = {
  minTrustFlow: 10,
  minRatio: 0.5,
  spamMinCitationFlow: 30,
  spamMaxRatio: 0.3,
};

export type Verdict = "pass" | "review" | "reject";

export interface Qualification {
  verdict: Verdict;
  reason: string;
}

export interface FlowMetrics {
  trustFlow: number;
  citationFlow: number;
}

/** TF/CF, or null when CF is 0 (no citation at all: the ratio means nothing). */
export function tfCfRatio(m: FlowMetrics): number | null {
  return m.citationFlow > 0 ? m.trustFlow / m.citationFlow : null;
}

const r2 = (n: number) => n.toFixed(2);

export function qualify(m: FlowMetrics, rules: QualificationRules): Qualification {
  const tf = m.trustFlow;
  const cf = m.citationFlow;
  const ratio = tfCfRatio(m);
  if (ratio !== null && cf >= rules.spamMinCitationFlow && ratio < rules.spamMaxRatio) {
    return {
      verdict: "reject",
      reason: `Spam profile: CF ${cf} ≥ ${rules.spamMinCitationFlow} with TF/CF ${r2(ratio)} < ${r2(rules.spamMaxRatio)}`,
    };
  }
  if (tf < rules.minTrustFlow) {
    return { verdict: "reject", reason: `TF ${tf} is below the minimum of ${rules.minTrustFlow}` };
  }
  if (ratio === null) {
    // TF ≥ the minimum with no citation flow: rare enough in real data to deserve a look.
    return { verdict: "review", reason: `CF is 0, so TF/CF cannot be judged (TF ${tf})` };
  }
  if (ratio < rules.minRatio) {
    return {
      verdict: "review",
      reason: `TF/CF ${r2(ratio)} is below ${r2(rules.minRatio)} (TF ${tf}, CF ${cf})`,
    };
  }
  return {
    verdict: "pass",
    reason: `TF ${tf} ≥ ${rules.minTrustFlow} and TF/CF ${r2(ratio)} ≥ ${r2(rules.minRatio)}`,
  };
}
