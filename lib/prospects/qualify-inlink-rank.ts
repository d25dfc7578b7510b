// Qualification for data-v1 metrics (Domain Trust / Page Trust: no Trust or Citation Flow, so
// no TF/CF ratio). The tenant's minimum applies to Domain Trust; the spam rule is the one that
// fits these metrics (see lib/backlinks/inlink-rank-verdict.ts): many backlinks per referring
// domain on a low-trust domain. Page Trust rates single pages and is shown, not judged.
import { SPAM_LINKS_PER_DOMAIN, TRUSTED_DT } from "@/lib/backlinks/inlink-rank-verdict";
import type { Qualification, QualificationRules } from "./qualify";

export interface InlinkRankMetrics {
  domainTrust: number;
  /** null when the stored row lacks the count: unknown, never taken as 0. */
  referringDomains: number | null;
  totalBacklinks: number | null;
}

/** Backlinks per referring domain, or null without referring domains or without the counts. */
export function linksPerDomain(m: InlinkRankMetrics): number | null {
  if (m.referringDomains === null || m.totalBacklinks === null) return null;
  return m.referringDomains > 0 ? m.totalBacklinks / m.referringDomains : null;
}

export const INLINK_RANK_RULES_TEXT = `Domain Trust (DT) below your minimum → reject. More than ${SPAM_LINKS_PER_DOMAIN} backlinks per referring domain with DT below ${TRUSTED_DT} → reject as spam. Page Trust (PT) is shown, not judged. The TF/CF ratio rules do not apply: this API returns Domain Trust and Page Trust only.`;

export function qualifyInlinkRank(
  m: InlinkRankMetrics,
  rules: Pick<QualificationRules, "minTrustFlow">,
): Qualification {
  const dt = m.domainTrust;
  const perDomain = linksPerDomain(m);
  const counted = m.referringDomains !== null && m.totalBacklinks !== null;
  const density =
    perDomain !== null
      ? `${perDomain.toFixed(1)} links/RD`
      : counted
        ? "no referring domains"
        : "link counts unknown";
  if (perDomain !== null && perDomain > SPAM_LINKS_PER_DOMAIN && dt < TRUSTED_DT) {
    return {
      verdict: "reject",
      reason: `Spam profile: ${density} > ${SPAM_LINKS_PER_DOMAIN} with DT ${dt} < ${TRUSTED_DT}`,
    };
  }
  if (dt < rules.minTrustFlow) {
    return { verdict: "reject", reason: `DT ${dt} is below the minimum of ${rules.minTrustFlow}` };
  }
  if (perDomain === null) {
    return { verdict: "review", reason: `DT ${dt} but ${density} to back it` };
  }
  return { verdict: "pass", reason: `DT ${dt} ≥ ${rules.minTrustFlow}, ${density}` };
}
