// Sorting, filtering and paging of referring-domain and anchor rows, for the tabs beside the
// backlink list. Isomorphic and pure: the routes use it, and tests read it as the rule.
import type { AnchorRow, RefdomainRow } from "@/lib/seranking/types";
import type { AnchorSort, RefdomainSort, SortDir } from "@/lib/validations/refdomains";

/** Share of a domain's links that are dofollow, 0–1 (0 for a domain without links). */
export const dofollowShare = (r: Pick<RefdomainRow, "backlinks" | "dofollowBacklinks">) =>
  r.backlinks > 0 ? r.dofollowBacklinks / r.backlinks : 0;

type Key = number | string | null;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Unknown values (null) go last whatever the direction; ties by name, A→Z. */
function compare(a: Key, b: Key, dir: SortDir): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const c = a < b ? -1 : 1;
  return dir === "asc" ? c : -c;
}

const REFDOMAIN_KEYS: Record<RefdomainSort, (r: RefdomainRow) => Key> = {
  authority: (r) => r.authority,
  backlinks: (r) => r.backlinks,
  dofollow_share: dofollowShare,
  first_seen: (r) => r.firstSeen,
  domain: (r) => r.domain,
};

const ANCHOR_KEYS: Record<AnchorSort, (r: AnchorRow) => Key> = {
  backlinks: (r) => r.backlinks,
  refdomains: (r) => r.refdomains,
  anchor: (r) => r.anchor,
};

export function sortRefdomains(rows: readonly RefdomainRow[], sort: RefdomainSort, dir: SortDir) {
  const key = REFDOMAIN_KEYS[sort];
  return [...rows].sort((a, b) => compare(key(a), key(b), dir) || byText(a.domain, b.domain));
}

export function sortAnchors(rows: readonly AnchorRow[], sort: AnchorSort, dir: SortDir) {
  const key = ANCHOR_KEYS[sort];
  return [...rows].sort((a, b) => compare(key(a), key(b), dir) || byText(a.anchor, b.anchor));
}

/** Case-insensitive "contains"; an empty filter keeps every row. */
export function containsFilter<R>(rows: readonly R[], text: (r: R) => string, q?: string): R[] {
  const needle = q?.trim().toLowerCase();
  return needle ? rows.filter((r) => text(r).toLowerCase().includes(needle)) : [...rows];
}

export function pageOf<R>(rows: readonly R[], page: number, limit: number): R[] {
  return rows.slice((page - 1) * limit, page * limit);
}
