// Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP).
// They also run it after leading spaces, tabs or a double quote (" =1+1", "\"=1+1"), and some
// (Excel with East Asian input, LibreOffice) read the full-width ＝ ＋ － ＠ as the ASCII ones.
// (\s covers the ideographic space too.)
const FORMULA_START = /^(?:[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u;

/** Makes a cell inert in Excel/Sheets/LibreOffice: a leading apostrophe shows the text as typed. */
export function escapeFormula(value: unknown): unknown {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/** One field, quoted, its quotes doubled (RFC 4180); null and undefined are empty. */
const field = (value: unknown) => `"${String(value ?? "").replaceAll('"', '""')}"`;

/**
 * RFC 4180 CSV with every field quoted, CRLF line ends and a UTF-8 BOM so Excel reads accents
 * right; formula-looking cells are escaped. `header: false` gives the lines alone, to append to a
 * file written in pieces (a stored export). Written out by hand rather than through Papa.unparse
 * (the same text, which the tests parse back with Papa): a streamed export of a year of history
 * spent a quarter of its time in the general-purpose encoder.
 */
export function toCsv<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  { bom = true, header = true } = {},
): string {
  if (rows.length === 0 && !header) return "";
  const lines: string[] = header ? [columns.map((c) => field(c.header)).join(",")] : [];
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += ",";
      line += field(escapeFormula(columns[i]!.value(row)));
    }
    lines.push(line);
  }
  return `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}

/** A response that downloads as a file, named safely. */
export function csvResponse(csv: string, filename: string): Response {
  const safe = filename.replace(/[^\w.-]+/g, "_");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safe}"`,
      "Cache-Control": "no-store",
    },
  });
}
