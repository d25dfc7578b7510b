// Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP).
// They also run it after leading spaces, tabs or a double quote (" =1+1", "\"=1+1"), and some
// (Excel with East Asian input, LibreOffice) read the full-width ＝ ＋ － ＠ as the ASCII ones.
// (\s covers the ideographic space too.)
const FORMULA_START = /^(?:[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u;

/** An ASCII letter or digit: no formula starts with one (a quick answer for most cells). */
const plainStart = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Makes a cell inert in Excel/Sheets/LibreOffice: a leading apostrophe shows the text as typed. */
export function escapeFormula(value: unknown): unknown {
  if (typeof value !== "string" || plainStart(value.charCodeAt(0))) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/** A cell's text with its quotes doubled (RFC 4180); null and undefined are empty. */
function cellText(value: unknown): string {
  const text = value == null ? "" : typeof value === "string" ? value : String(value);
  return text.includes('"') ? text.replaceAll('"', '""') : text;
}

/**
 * RFC 4180 CSV with every field quoted, CRLF line ends and a UTF-8 BOM so Excel reads accents
 * right; formula-looking cells are escaped. `header: false` gives the lines alone, to append to a
 * file written in pieces (a stored export). Written out by hand, by appending to one string,
 * rather than through Papa.unparse (the same text, which the tests compare): for a streamed year
 * of keyword history that is about a third of the time formatting.
 */
export function toCsv<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  { bom = true, header = true } = {},
): string {
  if (rows.length === 0 && !header) return "";
  let out = bom ? "\uFEFF" : "";
  if (header) out += `"${columns.map((c) => cellText(c.header)).join('","')}"\r\n`;
  for (const row of rows) {
    let line = '"';
    for (let i = 0; i < columns.length; i++) {
      line += (i ? '","' : "") + cellText(escapeFormula(columns[i]!.value(row)));
    }
    out += `${line}"\r\n`;
  }
  return out;
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
