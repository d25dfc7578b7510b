import "server-only";
import type { Db } from "@/lib/db/client";
import { insertImportedChecks } from "@/lib/db/queries/keyword-history-io";
import { insertKeywords, listKeywords } from "@/lib/db/queries/keyword-projects";
import type { ColumnMapping } from "@/lib/keywords/history-import/import-columns";
import {
  type ImportProblem,
  type ImportRow,
  MAX_PROBLEMS,
  readHistoryFile,
} from "@/lib/keywords/history-import/parse-history";
import { keywordKey, MAX_KEYWORDS_PER_PROJECT } from "@/lib/validations/keywords";
import { requireProject } from "../project-service";
import { pushKeywords } from "../tracker/tracker-setup";
import type { HistoryImportView } from "./import-view";

const PREVIEW_ROWS = 10;

/** Thrown inside the transaction of a preview so that everything it wrote is rolled back. */
class PreviewRollback extends Error {}

/**
 * Reads a history CSV into a project, all or nothing: any problem in any row and nothing is
 * stored, so a file is never half-imported. Keywords the project does not track yet are added
 * (and listed in the summary) rather than refused: a history import usually brings the keywords
 * it is about, and a second round trip to add them first would only make the user paste them.
 * They are not checked on adding (no credits are spent): the next scheduled check includes them.
 * A preview (`dryRun`) runs the very same transaction and rolls it back, so its counts of what
 * would be added and what is already stored are exact.
 */
export async function importHistory(
  db: Db,
  tenantId: string,
  projectId: string,
  bytes: Uint8Array,
  options: { mapping: ColumnMapping | null; dryRun: boolean; now?: Date },
): Promise<HistoryImportView> {
  const project = await requireProject(db, tenantId, projectId);
  const parsed = readHistoryFile(bytes, options.mapping, options.now ?? new Date());
  const base = {
    headers: parsed.headers,
    mapping: parsed.mapping,
    preview: parsed.rows.slice(0, PREVIEW_ROWS).map(previewRow),
    dryRun: options.dryRun,
  };
  const tracked = await listKeywords(db, tenantId, projectId);
  const newKeywords = unseen(parsed.rows, new Set(tracked.map((k) => keywordKey(k.keyword))));
  const problems: ImportProblem[] = [...parsed.problems];
  if (tracked.length + newKeywords.length > MAX_KEYWORDS_PER_PROJECT) {
    problems.push({
      row: null,
      message: `The file brings ${newKeywords.length} new keywords and this domain already tracks ${tracked.length}: a tracked domain holds at most ${MAX_KEYWORDS_PER_PROJECT}`,
    });
  }
  if (problems.length) {
    return {
      ...base,
      ok: false,
      problems: problems.slice(0, MAX_PROBLEMS),
      problemCount: problems.length,
      summary: null,
    };
  }
  let summary: HistoryImportView["summary"] = null;
  let added: Awaited<ReturnType<typeof insertKeywords>> = [];
  try {
    await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      added = await insertKeywords(t, tenantId, projectId, newKeywords, []);
      const ids = new Map(
        (await listKeywords(t, tenantId, projectId)).map((k) => [keywordKey(k.keyword), k.id]),
      );
      const stored = await insertImportedChecks(
        t,
        tenantId,
        projectId,
        parsed.rows.map((r) => ({
          keywordId: ids.get(keywordKey(r.keyword))!,
          position: r.position,
          url: r.url,
          volume: r.volume,
          status: r.status,
          error: r.status === "failed" ? (r.error ?? "Check failed (imported)") : null,
          checkedAt: r.checkedAt,
        })),
      );
      summary = {
        rows: parsed.rows.length,
        added: stored,
        alreadyStored: parsed.rows.length - stored,
        newKeywords: added.map((k) => k.keyword),
      };
      if (options.dryRun) throw new PreviewRollback();
    });
  } catch (error) {
    if (!(error instanceof PreviewRollback)) throw error;
  }
  // After the commit, as when keywords are pasted: a rank tracker failure never loses them.
  if (!options.dryRun && added.length) await pushKeywords(db, tenantId, project, added);
  return { ...base, ok: true, problems: [], problemCount: 0, summary };
}

/** Keywords of the file the project does not track, in the file's order and spelling. */
function unseen(rows: readonly ImportRow[], tracked: Set<string>): string[] {
  const fresh = new Map<string, string>();
  for (const r of rows) {
    const key = keywordKey(r.keyword);
    if (!tracked.has(key) && !fresh.has(key)) fresh.set(key, r.keyword);
  }
  return [...fresh.values()];
}

function previewRow(r: ImportRow) {
  return {
    row: r.row,
    keyword: r.keyword,
    checkedAt: r.checkedAt.toISOString(),
    position: r.position,
    url: r.url,
    volume: r.volume,
    status: r.status,
  };
}
