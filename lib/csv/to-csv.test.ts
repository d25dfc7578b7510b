import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { escapeFormula, toCsv } from "./to-csv";

describe("CSV export", () => {
  const columns = [
    { header: "domain", value: (r: { d: string; n: number | null }) => r.d },
    { header: "count", value: (r: { d: string; n: number | null }) => r.n },
  ];

  it("quotes every field, keeps commas, quotes, newlines and accents, and parses back", () => {
    const rows = [
      { d: 'a,"b"\nc', n: 1 },
      { d: "bücher.de", n: null },
    ];
    const csv = toCsv(rows, columns);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["domain", "count"],
      ['a,"b"\nc', "1"],
      ["bücher.de", ""],
    ]);
  });

  it.each([
    '=HYPERLINK("http://x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tcmd",
    " =1+1",
    "  @SUM(A1)",
    "\t=1+1",
    "\r\n=1+1",
    "\u3000=1+1",
    "＝1+1",
    "＋1+1",
    "－2+3",
    "＠SUM(A1)",
    " ＝1+1",
    '"=1+1"',
    '"=HYPERLINK(""http://x"")',
    ' "+1',
  ])("escapes formula cell %j", (cell) => {
    expect(escapeFormula(cell)).toBe(`'${cell}`);
    const csv = toCsv([{ d: cell, n: 1 }], columns, { bom: false });
    const [, row] = Papa.parse<string[]>(csv.trim()).data;
    expect(row?.[0]).toBe(`'${cell}`);
  });

  it("leaves numbers and ordinary text alone", () => {
    expect(escapeFormula(-5)).toBe(-5);
    expect(escapeFormula("example.com")).toBe("example.com");
    expect(escapeFormula("a = b")).toBe("a = b");
    expect(escapeFormula(' "quoted" text')).toBe(' "quoted" text');
    expect(escapeFormula("１２３")).toBe("１２３");
  });

  it("writes the same text as Papa.unparse with every field quoted", () => {
    const rows = [
      { d: 'a,"b"\nc', n: 1 },
      { d: "", n: null },
      { d: "=1+1", n: -2.5 },
      { d: '""', n: 0 },
    ];
    const lines = Papa.unparse(
      {
        fields: ["domain", "count"],
        data: rows.map((r) => [escapeFormula(r.d), r.n ?? ""]),
      },
      { quotes: true, newline: "\r\n" },
    );
    expect(toCsv(rows, columns)).toBe(`\uFEFF${lines}\r\n`);
    // Lines alone (a page of a streamed file), and a header alone (no rows).
    expect(toCsv(rows, columns, { bom: false, header: false })).toBe(
      `${lines.slice(lines.indexOf("\r\n") + 2)}\r\n`,
    );
    expect(toCsv([], columns, { bom: false })).toBe('"domain","count"\r\n');
    expect(toCsv([], columns, { bom: false, header: false })).toBe("");
  });
});
