// The one shape a history import (or its preview) answers; the browser `import type`s it.
import type { ColumnMapping } from "@/lib/keywords/history-import/import-columns";
import type { ImportProblem } from "@/lib/keywords/history-import/parse-history";

export interface HistoryImportView {
  /** true: no problem (a preview would import, an import did). */
  ok: boolean;
  dryRun: boolean;
  /** The file's header row, for the column picker. */
  headers: string[];
  /** The mapping used: the one sent, or the one recognised from the headers. */
  mapping: ColumnMapping | null;
  /** The first valid rows as they would be stored. */
  preview: {
    row: number;
    keyword: string;
    checkedAt: string;
    position: number | null;
    url: string | null;
    volume: number | null;
    status: "ok" | "failed";
  }[];
  /** Every problem (up to a cap), each with its row; problemCount counts them all. */
  problems: ImportProblem[];
  problemCount: number;
  summary: {
    /** Valid rows in the file. */
    rows: number;
    /** Rows stored (or, in a preview, that would be). */
    added: number;
    /** Rows skipped: the keyword already has a check at that instant (an earlier import, or ours). */
    alreadyStored: number;
    /** Keywords the project did not track, added with the import. */
    newKeywords: string[];
  } | null;
}
