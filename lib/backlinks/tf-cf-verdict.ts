// The provider spec's reading of Trust Flow vs Citation Flow: a TF/CF ratio above 0.5 is a
// healthy profile; high CF with low TF (many links, few trusted ones) is a spammy profile.

export type VerdictTone = "good" | "spammy" | "none";

export interface TfCfVerdict {
  /** TF / CF, or null when there is no citation flow to divide by. */
  ratio: number | null;
  tone: VerdictTone;
  label: string;
  explanation: string;
}

export const GOOD_RATIO = 0.5;

export function tfCfVerdict(
  trustFlow: number,
  citationFlow: number,
  labels = { trust: "Trust Flow", citation: "Citation Flow" },
): TfCfVerdict {
  const rule = `A ${labels.trust}/${labels.citation} ratio above ${GOOD_RATIO} is good; high ${labels.citation} with low ${labels.trust} means a spammy link profile.`;
  if (!(citationFlow > 0)) {
    return {
      ratio: null,
      tone: "none",
      label: "No verdict",
      explanation: `${labels.citation} is 0, so there is no ratio to judge. ${rule}`,
    };
  }
  const ratio = trustFlow / citationFlow;
  if (ratio > GOOD_RATIO) {
    return {
      ratio,
      tone: "good",
      label: "Good profile",
      explanation: `${labels.trust} is more than half of ${labels.citation}: the links come mostly from trusted sites. ${rule}`,
    };
  }
  return {
    ratio,
    tone: "spammy",
    label: "Spammy profile",
    explanation: `${labels.citation} is at least twice ${labels.trust}: many links, few of them from trusted sites. ${rule}`,
  };
}

/** "0.83" — two decimals are enough to compare against the 0.5 threshold. */
export const formatRatio = (ratio: number | null) => (ratio === null ? "—" : ratio.toFixed(2));
