import type { TabKind } from "./refdomains";

// Refresh on the Backlinks page asks SE Ranking again for the summary and the list in view; the
// Referring domains and Anchors tabs keep their own server cache (up to a day), so Refresh also
// marks them here: each tab's next fetch of that domain sends refresh=1, once. The open tab
// fetches at once (its query is invalidated); a tab opened later refreshes when it is opened.
// Browser state only: marks live as long as the page.

const pending = new Set<string>();
const TAB_KINDS: TabKind[] = ["refdomains", "anchors"];
const keyOf = (slug: string, kind: TabKind, domain: string) => `${slug}\n${kind}\n${domain}`;

/** Marks both tabs of a domain: their next fetch asks SE Ranking, not the cache. */
export function requestTabRefresh(slug: string, domain: string) {
  for (const kind of TAB_KINDS) pending.add(keyOf(slug, kind, domain));
}

/** True once after requestTabRefresh: the fetch that reads it sends refresh=1. */
export function takeTabRefresh(slug: string, kind: TabKind, domain: string): boolean {
  return pending.delete(keyOf(slug, kind, domain));
}

/** A refresh that failed stays asked for: the next fetch tries again. */
export function keepTabRefresh(slug: string, kind: TabKind, domain: string) {
  pending.add(keyOf(slug, kind, domain));
}
