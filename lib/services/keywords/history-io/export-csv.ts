import "server-only";
import { type CsvColumn, toCsv } from "@/lib/csv/to-csv";
import type { Db } from "@/lib/db/client";
import {
  type HistoryCheck,
  type HistoryKeyword,
  type HistoryRow,
  historyKeywords,
  historyPage,
} from "@/lib/db/queries/keyword-history-io";
import type { KeywordProject } from "@/lib/db/schema";
import { HISTORY_HEADERS } from "@/lib/keywords/history-import/history-columns";
import { SEARCH_ENGINE_NAMES } from "@/lib/validations/keywords";
import { dataMonth, type PositionsView } from "../positions-view";

/** Rows per query: big enough that round trips do not dominate, small enough to stay light. */
export const EXPORT_PAGE_SIZE = 5_000;

function checkStatus(r: HistoryRow): string {
  if (r.status !== "ok") return "check failed";
  return r.position === null ? "not in top 100" : "ranked";
}

type Project = Pick<KeywordProject, "searchEngine" | "location">;

/** The check's instant in ISO 8601: every row of a run shares it, so the last one is kept. */
function isoDate() {
  let time = Number.NaN;
  let text = "";
  return (r: HistoryRow) => {
    const t = new Date(r.checkedAt).getTime();
    if (t !== time) {
      time = t;
      text = new Date(t).toISOString();
    }
    return text;
  };
}

/**
 * Every check, oldest first. The date is ISO 8601 in UTC (machine-readable: a spreadsheet or
 * our import reads it back exactly). The position is a number or empty: the status says whether
 * an empty one means "not in the top 100" or "the check failed".
 */
export const historyColumns = (
  project: Project,
  positions: Pick<PositionsView, "label" | "kind">,
): CsvColumn<HistoryRow>[] => [
  { header: HISTORY_HEADERS.date, value: isoDate() },
  { header: HISTORY_HEADERS.engine, value: () => SEARCH_ENGINE_NAMES[project.searchEngine] },
  { header: HISTORY_HEADERS.location, value: () => project.location },
  { header: HISTORY_HEADERS.keyword, value: (r) => r.keyword },
  { header: positions.label, value: (r) => (r.status === "ok" ? r.position : null) },
  // Database positions are a month's data, not a day's check: the month travels with them.
  ...(positions.kind === "database_monthly"
    ? [{ header: "Data of", value: (r: HistoryRow) => dataMonth(r.checkedAt) }]
    : []),
  { header: HISTORY_HEADERS.status, value: (r) => checkStatus(r) },
  { header: HISTORY_HEADERS.url, value: (r) => r.url },
  { header: HISTORY_HEADERS.volume, value: (r) => r.volume },
  { header: HISTORY_HEADERS.tags, value: (r) => r.tags.join(", ") },
  { header: HISTORY_HEADERS.error, value: (r) => r.error },
];

/**
 * A page's checks with their keyword's text and tags, from `keywords` (read once per export); a
 * keyword added since is read when first met, and a check whose keyword is gone is left out (as
 * the deleted keyword's history is).
 */
async function withKeywords(
  rows: HistoryCheck[],
  keywords: Map<string, HistoryKeyword>,
  load: (ids: string[]) => Promise<Map<string, HistoryKeyword>>,
): Promise<HistoryRow[]> {
  const missing = [...new Set(rows.map((r) => r.keywordId).filter((id) => !keywords.has(id)))];
  if (missing.length) for (const [id, k] of await load(missing)) keywords.set(id, k);
  const out: HistoryRow[] = [];
  for (const r of rows) {
    const k = keywords.get(r.keywordId);
    if (k) out.push({ ...r, keyword: k.keyword, tags: k.tags });
  }
  return out;
}

/**
 * The whole history as a stream of CSV text, one keyset page per pull: the consumer's pace
 * decides how fast pages are read, and memory holds one page at a time whatever the history's
 * size. Cells go through toCsv, so formula-looking text is neutralised.
 */
export function historyCsvStream(
  db: Db,
  tenantId: string,
  project: Project & { id: string },
  positions: Pick<PositionsView, "label" | "kind">,
  pageSize = EXPORT_PAGE_SIZE,
): ReadableStream<Uint8Array> {
  const columns = historyColumns(project, positions);
  const encoder = new TextEncoder();
  const load = (ids?: string[]) => historyKeywords(db, tenantId, project.id, ids);
  let keywords: Map<string, HistoryKeyword> | null = null;
  let cursor: { checkedAt: Date; id: number } | null = null;
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      keywords ??= await load();
      const checks = await historyPage(db, tenantId, project.id, cursor, pageSize);
      const rows = await withKeywords(checks, keywords, load);
      const text = toCsv(rows, columns, { bom: first, header: first });
      first = false;
      if (text) controller.enqueue(encoder.encode(text));
      const last = checks.at(-1);
      if (!last || checks.length < pageSize) {
        controller.close();
        return;
      }
      cursor = { checkedAt: new Date(last.checkedAt), id: last.id };
    },
  });
}
