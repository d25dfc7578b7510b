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

/**
 * A stored export's first chunk: the header line. No BOM: PGlite's text decoding drops a leading
 * one, so the download adds it (CSV_BOM) in front of the stored chunks.
 */
export function backlinksCsvHeader(labels: MetricLabels): string {
  return toCsv([], backlinkCsvColumns(labels), { bom: false });
}

/** Written first by a stored export's download, so Excel reads the file as UTF-8. */
export const CSV_BOM = "\uFEFF";

/** A stored export's later chunks: the lines of one page, no header. */
export function backlinksCsvLines(rows: readonly BacklinkRow[], labels: MetricLabels): string {
  return toCsv(rows, backlinkCsvColumns(labels), { bom: false, header: false });
}

/**
 * "backlinks-example.com-trust_flow-dofollow-page-2.csv" — says which view it holds; a stored
 * whole-list export also says the day it was made.
 */
export function backlinksCsvName(
  domain: string,
  view: { sort: string; dofollow: boolean; page?: number; date?: string; filtered?: boolean },
): string {
  const parts = ["backlinks", domain, view.sort, view.dofollow ? "dofollow" : "all"];
  if (view.filtered) parts.push("filtered");
  if (view.page !== undefined) parts.push(`page-${view.page}`);
  if (view.date !== undefined) parts.push(view.date);
  return `${parts.join("-")}.csv`.replace(/[^\w.-]+/g, "_");
}
