import type { MetricLabels } from "@/lib/seranking/types";

/**
 * The data-v1 verdict rule under the ratio card. Shared with the summary skeleton, which lays it
 * out invisibly so the placeholder card is exactly as tall as the card it stands for.
 */
export function VerdictRule({ labels, hidden }: { labels: MetricLabels; hidden?: boolean }) {
  return (
    <p
      className={hidden ? "invisible mt-2 text-xs" : "mt-2 text-xs text-slate-600"}
      aria-hidden={hidden || undefined}
      data-testid={hidden ? undefined : "verdict-rule"}
    >
      Rule for {labels.trustShort}/{labels.citationShort} data: {labels.trustShort} ≥ 30 is trusted;
      more than 10 links per referring domain with {labels.trustShort} below 30 is spammy.
    </p>
  );
}
