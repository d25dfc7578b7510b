import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { dataV1 } from "@/lib/seranking/dialects/data-v1";
import { providerV3 } from "@/lib/seranking/dialects/provider-v3";
import type { BacklinkRow } from "@/lib/seranking/types";
import {
  backlinksCsv,
  backlinksCsvHeader,
  backlinksCsvLines,
  backlinksCsvName,
  CSV_BOM,
} from "./backlinks-csv";

const labels = providerV3.metricLabels;
const row = (over: Partial<BacklinkRow> = {}): BacklinkRow => ({
  sourceUrl: "https://blog.example.org/post",
  targetUrl: "https://example.com/",
  anchorText: 'Example, "quoted" and ünïcode',
  trustFlow: 31,
  citationFlow: 40,
  isNoFollow: false,
  firstSeen: "2021-04-02",
  lastSeen: "2026-10-30",
  ...over,
});

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, "")).data.filter((r) => r.length > 1);

describe("backlinksCsv", () => {
  it("written in pieces (header, then page by page) is the same file as written at once", () => {
    const rows = [row(), row({ anchorText: "=HYPERLINK()" }), row({ isNoFollow: true })];
    const pieces =
      CSV_BOM +
      backlinksCsvHeader(labels) +
      backlinksCsvLines(rows.slice(0, 2), labels) +
      backlinksCsvLines([], labels) +
      backlinksCsvLines(rows.slice(2), labels);
    expect(pieces).toBe(backlinksCsv(rows, labels));
  });

  it("has the table's columns, TF/CF named by the dialect, and round-trips every value", () => {
    const rows = [row(), row({ isNoFollow: true, trustFlow: 0, anchorText: "" })];
    const [header, ...data] = parse(backlinksCsv(rows, labels));
    expect(header).toEqual([
      "Source URL",
      "Target URL",
      "Anchor text",
      "Trust Flow",
      "Citation Flow",
      "Link type",
      "First seen",
      "Last seen",
    ]);
    expect(data).toEqual(
      rows.map((r) => [
        r.sourceUrl,
        r.targetUrl,
        r.anchorText,
        String(r.trustFlow),
        String(r.citationFlow),
        r.isNoFollow ? "nofollow" : "dofollow",
        r.firstSeen,
        r.lastSeen,
      ]),
    );
  });

  it("quotes every field, starts with a BOM and escapes formula-looking anchors", () => {
    const csv = backlinksCsv(
      [row({ anchorText: '=HYPERLINK("http://evil")' }), row({ anchorText: "@SUM(A1)" })],
      labels,
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [, first, second] = parse(csv);
    expect(first![2]).toBe('\'=HYPERLINK("http://evil")');
    expect(second![2]).toBe("'@SUM(A1)");
    expect(csv.split("\r\n")[1]).toMatch(/^"https:/);
  });

  it("labels metrics truthfully for data-v1 and exports its DT/PT, not the empty TF/CF", () => {
    const r = row({ trustFlow: null, citationFlow: null, domainInlinkRank: 61, inlinkRank: 17 });
    const [header, data] = parse(backlinksCsv([r], dataV1.metricLabels));
    expect(header).toContain("Domain Trust");
    expect(header).toContain("Page Trust");
    expect(header).not.toContain("Trust Flow");
    expect(data!.slice(3, 5)).toEqual(["61", "17"]);
  });

  it("names the file after the view", () => {
    expect(backlinksCsvName("example.com", { sort: "first_seen", dofollow: true, page: 3 })).toBe(
      "backlinks-example.com-first_seen-dofollow-page-3.csv",
    );
  });
});
