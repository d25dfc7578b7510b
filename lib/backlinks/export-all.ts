import type { BacklinkRow } from "@/lib/seranking/types";

export interface ExportProgress {
  done: number;
  /** The summary's count for this view; pages stop early if SE Ranking serves fewer. */
  total: number;
}

interface ExportAllOptions {
  total: number;
  pageSize: number;
  /** Fetches page `page` (1-based) of `pageSize` rows. */
  fetchPage: (page: number, signal: AbortSignal) => Promise<BacklinkRow[]>;
  signal: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

/**
 * Fetches a whole list page by page, strictly in order (each page also warms the server's
 * cache, so a cancelled export resumes cheaply). Stops at the total, or at the first short page.
 * Cancelling rejects with the signal's reason.
 */
export async function fetchAllBacklinks(options: ExportAllOptions): Promise<BacklinkRow[]> {
  const { total, pageSize, fetchPage, signal, onProgress } = options;
  const rows: BacklinkRow[] = [];
  const pages = Math.ceil(total / pageSize);
  onProgress?.({ done: 0, total });
  for (let page = 1; page <= pages; page++) {
    signal.throwIfAborted();
    const batch = await fetchPage(page, signal);
    signal.throwIfAborted();
    rows.push(...batch);
    onProgress?.({ done: Math.min(rows.length, total), total });
    if (batch.length < pageSize) break;
  }
  return rows;
}
