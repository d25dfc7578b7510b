// Which file column holds which history field. Pure: the browser's column picker and the server's
// validator share it, so the picker shows exactly the mapping the server will use.

import { z } from "@/lib/validations/zod-config";
import { HISTORY_HEADERS } from "./history-columns";

export const IMPORT_FIELDS = [
  "date",
  "keyword",
  "position",
  "url",
  "volume",
  "status",
  "error",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  date: "Date",
  keyword: "Keyword",
  position: "Position",
  url: "URL",
  volume: "Search volume",
  status: "Status",
  error: "Error",
};

/** The fields a file cannot do without. */
export const REQUIRED_FIELDS: readonly ImportField[] = ["date", "keyword"];

/**
 * Header names recognised without asking, compared case-insensitively after trimming:
 * - our own export (HISTORY_HEADERS, and the older "Checked at (UTC)" / "Ranking URL" names);
 * - SerpBear's keyword export (utils/client/exportcsv.ts in towfiqi/serpbear, read for this):
 *   `ID,Keyword,Position,URL,Country,State,City,Device,Updated,Added,Tags`, values joined with
 *   ", " (so cells carry a leading space), "-" for no position and no URL, and "Updated" the
 *   time of the check (an ISO 8601 timestamp), which is the date we import;
 * - SE Ranking: no written spec of its rank tracker's file export was at hand, so these are the
 *   labels its tracker shows and the Project API's field names for the same data (keyword
 *   `name`, position `pos`, `date`, `volume`, landing page `url`): "Keyword", "Date",
 *   "Position", "Search volume", "URL", "Landing page". Anything else is mapped in the picker.
 */
const ALIASES: Record<ImportField, string[]> = {
  date: [HISTORY_HEADERS.date, "checked at (utc)", "date", "checked at", "updated", "check date"],
  keyword: [HISTORY_HEADERS.keyword, "keyword", "keywords", "name", "query", "search query"],
  position: [
    HISTORY_HEADERS.position,
    "SE Ranking database position (monthly)",
    "position",
    "pos",
    "rank",
    "google position",
  ],
  url: [HISTORY_HEADERS.url, "ranking url", "url", "landing page", "landing_page", "page"],
  volume: [HISTORY_HEADERS.volume, "search volume", "volume", "monthly searches"],
  status: [HISTORY_HEADERS.status, "status"],
  error: [HISTORY_HEADERS.error, "error"],
};

const norm = (header: string) =>
  header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();

/** Field → column index, or null for a field the file does not have. */
export type ColumnMapping = Record<ImportField, number | null>;

/** The columns recognised by name; the first column matching a field wins. */
export function detectMapping(headers: readonly string[]): ColumnMapping {
  const names = headers.map(norm);
  const mapping = {} as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const aliases = ALIASES[field].map(norm);
    const index = names.findIndex((n) => aliases.includes(n));
    mapping[field] = index >= 0 ? index : null;
  }
  return mapping;
}

/** A mapping chosen in the picker: each field a column index or null, one column per field. */
const columnIndex = z
  .number()
  .int()
  .min(0, "Choose a column")
  .max(999, "Choose a column")
  .nullable();

export const columnMappingSchema = z
  .object({
    date: columnIndex,
    keyword: columnIndex,
    position: columnIndex,
    url: columnIndex,
    volume: columnIndex,
    status: columnIndex,
    error: columnIndex,
  })
  .superRefine((mapping, ctx) => {
    const seen = new Map<number, ImportField>();
    for (const field of IMPORT_FIELDS) {
      const index = mapping[field];
      if (index === null || index === undefined) continue;
      const other = seen.get(index);
      if (other) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `This column is already used for ${IMPORT_FIELD_LABELS[other]}`,
        });
      }
      seen.set(index, field);
    }
  });

/** What the file lacks before any row is read: each required field without a column. */
export function missingColumns(mapping: ColumnMapping): string[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === null).map(
    (f) =>
      `The file has no ${IMPORT_FIELD_LABELS[f].toLowerCase()} column: choose which column holds the ${IMPORT_FIELD_LABELS[f].toLowerCase()}`,
  );
}
