import Papa from "papaparse";

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

/**
 * RFC 4180 CSV with every field quoted, CRLF line ends and a UTF-8 BOM so Excel reads accents
 * right; formula-looking cells are escaped. `header: false` gives the lines alone, to append to a
 * file written in pieces (a stored export).
 */
export function toCsv<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  { bom = true, header = true } = {},
): string {
  if (rows.length === 0 && !header) return "";
  const body = Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((row) => columns.map((c) => escapeFormula(c.value(row) ?? ""))),
    },
    { quotes: true, newline: "\r\n", header },
  );
  // Papa ends a header-only file with a line break already; every file ends with exactly one.
  return `${bom ? "\uFEFF" : ""}${body.replace(/\r\n$/, "")}\r\n`;
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
