// A whole-list export in progress, remembered in sessionStorage so a reload can offer "Resume".
// Only the position is kept, never the rows (a list can be megabytes): resuming fetches the
// pages again, and those already fetched come from the server's per-tenant cache, not SE Ranking.
import type { BacklinkSort } from "@/lib/validations/backlinks";

export interface ExportTarget {
  slug: string;
  domain: string;
  sort: BacklinkSort;
  dofollow: boolean;
}

export interface ExportCheckpoint {
  /** Which export: tenant, domain, sort and filter (the page number does not matter). */
  target: string;
  done: number;
  total: number;
}

type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const STORAGE_KEY = "backlinks-export-checkpoint";

export const exportTargetKey = (t: ExportTarget) =>
  JSON.stringify([t.slug, t.domain, t.sort, t.dofollow]);

export function saveCheckpoint(store: KeyValueStore, checkpoint: ExportCheckpoint): void {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(checkpoint));
  } catch {
    // Storage full or disabled: the export still works, it just cannot be resumed.
  }
}

/** The checkpoint of this very export, or null (none, another view's, or unreadable). */
export function readCheckpoint(store: KeyValueStore, target: string): ExportCheckpoint | null {
  let value: unknown;
  try {
    value = JSON.parse(store.getItem(STORAGE_KEY) ?? "null");
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const { target: t, done, total } = value as Record<string, unknown>;
  if (t !== target || !Number.isInteger(done) || !Number.isInteger(total)) return null;
  if ((total as number) <= 0 || (done as number) < 0 || (done as number) >= (total as number)) {
    return null;
  }
  return { target, done: done as number, total: total as number };
}

export function clearCheckpoint(store: KeyValueStore): void {
  try {
    store.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to do: an unreadable store has no checkpoint either.
  }
}
