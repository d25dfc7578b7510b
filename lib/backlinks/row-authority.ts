import type { AuthorityMetricSet, MetricLabels } from "@/lib/seranking/types";

// Whose authority a backlink row's two numbers are, per metric set, for the table's headers.
// The Data API documents domain_inlink_rank / inlink_rank on a row as the linking domain's and
// the linking page's; the provider contract gives trust_flow / citation_flow per backlink
// without saying whose, so its headers claim no more than that.

export interface RowAuthorityColumn {
  /** Header: the dialect's own metric name. */
  header: string;
  /** Under the header, short: whose number it is; null when the reference does not say. */
  of: string | null;
  /** The header's tooltip, in full. */
  description: string;
}

const OF: Record<AuthorityMetricSet, [string | null, string | null]> = {
  inlink_rank: ["linking domain", "linking page"],
  tf_cf: [null, null],
};

export function rowAuthorityColumns(labels: MetricLabels): {
  primary: RowAuthorityColumn;
  secondary: RowAuthorityColumn;
} {
  const [primaryOf, secondaryOf] = OF[labels.set];
  const column = (header: string, of: string | null): RowAuthorityColumn => ({
    header,
    of,
    description: of
      ? `${header} of the ${of}, as SE Ranking reports it`
      : `${header} SE Ranking reports for this backlink`,
  });
  return {
    primary: column(labels.trust, primaryOf),
    secondary: column(labels.citation, secondaryOf),
  };
}
