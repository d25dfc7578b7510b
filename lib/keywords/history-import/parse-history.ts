// A history CSV from bytes to rows ready to store, with every problem and its row number.
// Pure (no db): the server runs it for the preview and again, unchanged, for the import.
import Papa from "papaparse";
import {
  dateCell,
  errorCell,
  keywordCell,
  positionCell,
  statusCell,
  urlCell,
  volumeCell,
} from "./history-cells";
import { type ColumnMapping, detectMapping, missingColumns } from "./import-columns";

export interface ImportProblem {
  /** The line of the file (the header is row 1), or null for the file as a whole. */
  row: number | null;
  message: string;
}

export interface ImportRow {
  row: number;
  keyword: string;
  checkedAt: Date;
  position: number | null;
  url: string | null;
  volume: number | null;
  status: "ok" | "failed";
  error: string | null;
}

/** The text of a file in UTF-8, or a message saying why it is not (no guessing at encodings). */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem:
        "The file is in UTF-16, not UTF-8: in your spreadsheet choose Save as → CSV UTF-8, then upload it again",
    };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return {
      problem:
        "The file is not UTF-8 text (it may be Windows-1252 or Excel's own format): in your spreadsheet choose Save as → CSV UTF-8, then upload it again",
    };
  }
}

export interface ParsedTable {
  headers: string[];
  /** Data rows, each with its line in the file (header = 1). */
  rows: { row: number; cells: string[] }[];
}

export function parseTable(text: string): ParsedTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [headers = [], ...data] = parsed.data;
  return {
    headers: headers.map((h) => h.trim()),
    rows: data.map((cells, i) => ({ row: i + 2, cells })),
  };
}

export interface ValidatedHistory {
  rows: ImportRow[];
  problems: ImportProblem[];
}

/** Most problems a reply lists: a file with one wrong column should not answer a 10 MB error list. */
export const MAX_PROBLEMS = 200;

/** Every row checked against the mapping; a keyword can have one row per instant. */
export function validateRows(
  table: ParsedTable,
  mapping: ColumnMapping,
  now: Date,
): ValidatedHistory {
  const missing = missingColumns(mapping);
  if (missing.length)
    return { rows: [], problems: missing.map((message) => ({ row: null, message })) };
  const beyond = Object.entries(mapping).filter(([, i]) => i !== null && i >= table.headers.length);
  if (beyond.length) {
    const message = `The file has ${table.headers.length} columns: choose one of them for each field`;
    return { rows: [], problems: [{ row: null, message }] };
  }
  if (table.rows.length === 0) {
    return {
      rows: [],
      problems: [{ row: null, message: "The file has no rows under its header" }],
    };
  }
  const date = dateCell(now);
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = (index: number | null) => (index === null ? "" : (cells[index] ?? ""));
    const results = {
      keyword: keywordCell.safeParse(cell(mapping.keyword)),
      checkedAt: date.safeParse(cell(mapping.date)),
      position: positionCell.safeParse(cell(mapping.position)),
      url: urlCell.safeParse(cell(mapping.url)),
      volume: volumeCell.safeParse(cell(mapping.volume)),
      status: statusCell.safeParse(cell(mapping.status)),
      error: errorCell.safeParse(cell(mapping.error)),
    };
    const messages = Object.values(results).flatMap((r) =>
      r.success ? [] : r.error.issues.map((i) => i.message),
    );
    if (messages.length) {
      for (const message of messages) problems.push({ row, message });
      continue;
    }
    const value = Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.data])) as Omit<
      ImportRow,
      "row"
    >;
    const key = `${value.keyword.toLowerCase()}\u0000${value.checkedAt.toISOString()}`;
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      problems.push({ row, message: `Same keyword and date as row ${seen}` });
      continue;
    }
    firstRow.set(key, row);
    // A failed check knows no position: a position beside "check failed" is a contradiction.
    if (value.status === "failed" && value.position !== null) {
      problems.push({ row, message: "A failed check has no position: clear it or fix the status" });
      continue;
    }
    rows.push({ row, ...value });
  }
  return { rows, problems };
}

/** Decode, parse and validate in one go; the mapping defaults to the recognised column names. */
export function readHistoryFile(bytes: Uint8Array, mapping: ColumnMapping | null, now: Date) {
  const decoded = decodeUtf8(bytes);
  if ("problem" in decoded) {
    return {
      headers: [],
      mapping: null,
      table: null,
      rows: [],
      problems: [{ row: null, message: decoded.problem }],
    };
  }
  const table = parseTable(decoded.text);
  const used = mapping ?? detectMapping(table.headers);
  return { headers: table.headers, mapping: used, table, ...validateRows(table, used, now) };
}
