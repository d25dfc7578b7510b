// The verdict for data-v1 summaries, which have Domain Trust (Domain InLink Rank) and Page Trust
// (InLink Rank) but no Trust/Citation Flow, so the TF/CF ratio rule cannot apply. What fits these
// metrics: a link-heavy profile (many backlinks per referring domain) on a low-trust domain is the
// spam pattern; a domain with enough trust is a healthy one. The rule is shown next to the verdict.
import type { TfCfVerdict } from "./tf-cf-verdict";

/** Domain Trust at or above this: a trusted domain. */
export const TRUSTED_DT = 30;
/** More backlinks per referring domain than this, with DT below TRUSTED_DT: spammy. */
export const SPAM_LINKS_PER_DOMAIN = 10;

export interface InlinkRankInput {
  domainTrust: number | null;
  totalBacklinks: number;
  referringDomains: number;
}

export const INLINK_RANK_RULE = `Domain Trust ≥ ${TRUSTED_DT} is a trusted profile; more than ${SPAM_LINKS_PER_DOMAIN} backlinks per referring domain with Domain Trust below ${TRUSTED_DT} means a spammy link profile (many links from few low-trust sites). Page Trust rates single pages and is not judged.`;

/** `ratio` holds backlinks per referring domain, the number the spam rule reads. */
export function inlinkRankVerdict(m: InlinkRankInput): TfCfVerdict {
  const perDomain = m.referringDomains > 0 ? m.totalBacklinks / m.referringDomains : null;
  if (m.domainTrust === null || perDomain === null) {
    return {
      ratio: perDomain,
      tone: "none",
      label: "No verdict",
      explanation: `No ${m.domainTrust === null ? "Domain Trust" : "referring domains"} to judge. ${INLINK_RANK_RULE}`,
    };
  }
  if (m.domainTrust >= TRUSTED_DT) {
    return {
      ratio: perDomain,
      tone: "good",
      label: "Good profile",
      explanation: `Domain Trust ${m.domainTrust} is at least ${TRUSTED_DT}. ${INLINK_RANK_RULE}`,
    };
  }
  if (perDomain > SPAM_LINKS_PER_DOMAIN) {
    return {
      ratio: perDomain,
      tone: "spammy",
      label: "Spammy profile",
      explanation: `${perDomain.toFixed(1)} backlinks per referring domain with Domain Trust ${m.domainTrust}. ${INLINK_RANK_RULE}`,
    };
  }
  return {
    ratio: perDomain,
    tone: "none",
    label: "Low trust",
    explanation: `Domain Trust ${m.domainTrust} is below ${TRUSTED_DT}, without the spam pattern. ${INLINK_RANK_RULE}`,
  };
}
