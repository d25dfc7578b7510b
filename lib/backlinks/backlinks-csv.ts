import { authorityCsvColumns } from "@/lib/csv/authority-columns";
import { type CsvColumn, toCsv } from "@/lib/csv/to-csv";
import type { BacklinkRow, MetricLabels } from "@/lib/seranking/types";

/** The export's columns, in the table's order; TF/CF headers say what the data really is. */
export function backlinkCsvColumns(labels: MetricLabels): CsvColumn<BacklinkRow>[] {
  return [
    { header: "Source URL", value: (r) => r.sourceUrl },
    { header: "Target URL", value: (r) => r.targetUrl },
    { header: "Anchor text", value: (r) => r.anchorText },
    ...authorityCsvColumns<BacklinkRow>(labels),
    // Said positively: "Nofollow: no" was a double negative.
    { header: "Link type", value: (r) => (r.isNoFollow ? "nofollow" : "dofollow") },
    { header: "First seen", value: (r) => r.firstSeen },
    { header: "Last seen", value: (r) => r.lastSeen },
  ];
}

export function backlinksCsv(rows: readonly BacklinkRow[], labels: MetricLabels): string {
  return toCsv(rows, backlinkCsvColumns(labels));
}

/** "backlinks-example.com-trust_flow-dofollow-page-2.csv" — says which view it holds. */
export function backlinksCsvName(
  domain: string,
  view: { sort: string; dofollow: boolean; page?: number },
): string {
  const parts = ["backlinks", domain, view.sort, view.dofollow ? "dofollow" : "all"];
  if (view.page !== undefined) parts.push(`page-${view.page}`);
  return `${parts.join("-")}.csv`.replace(/[^\w.-]+/g, "_");
}
