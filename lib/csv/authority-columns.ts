import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { AuthorityFields, MetricLabels } from "@/lib/seranking/types";
import type { CsvColumn } from "./to-csv";

/** The authority pair's two CSV columns, headed with what the data really is (TF/CF or DT/PT). */
export function authorityCsvColumns<T extends AuthorityFields>(
  labels: MetricLabels,
): CsvColumn<T>[] {
  const { pair } = metricStrategyFor(labels);
  return [
    { header: labels.trust, value: (r) => pair(r).primary },
    { header: labels.citation, value: (r) => pair(r).secondary },
  ];
}
