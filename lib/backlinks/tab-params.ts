import {
  ANCHOR_SORTS,
  type AnchorSort,
  defaultDir,
  MAX_CONTAINS,
  REFDOMAIN_SORTS,
  type RefdomainSort,
  SORT_DIRS,
  type SortDir,
} from "@/lib/validations/refdomains";

// The Backlinks page's tab and the Referring domains / Anchors tables' state, in the page URL
// beside the list's own (?tab=refdomains&tsort=backlinks&tdir=asc&tq=blog&tpage=2), read leniently:
// a bad value in a shared link gets the default. Switching tabs starts the table afresh.

export const TABS = ["backlinks", "refdomains", "anchors"] as const;
export type Tab = (typeof TABS)[number];

export interface TabState {
  tab: Tab;
  sort: string;
  dir: SortDir;
  q: string;
  page: number;
}

const TAB_KEYS = ["tab", "tsort", "tdir", "tq", "tpage"] as const;

export function readTab(params: URLSearchParams): TabState {
  const tabParam = params.get("tab");
  const tab = TABS.includes(tabParam as Tab) ? (tabParam as Tab) : "backlinks";
  const sorts: readonly string[] = tab === "anchors" ? ANCHOR_SORTS : REFDOMAIN_SORTS;
  const sortParam = params.get("tsort") ?? "";
  const sort = sorts.includes(sortParam) ? sortParam : (sorts[0] as string);
  const dirParam = params.get("tdir");
  const dir = SORT_DIRS.includes(dirParam as SortDir)
    ? (dirParam as SortDir)
    : defaultDir(sort as RefdomainSort | AnchorSort);
  const q = (params.get("tq") ?? "").trim().slice(0, MAX_CONTAINS);
  const pageNumber = Number(params.get("tpage") ?? "1");
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 ? pageNumber : 1;
  return { tab, sort, dir, q, page };
}

/** `search` with the tab state written over it (defaults left out); the list's params kept. */
export function withTab(search: string, state: TabState): string {
  const q = new URLSearchParams(search);
  for (const k of TAB_KEYS) q.delete(k);
  if (state.tab !== "backlinks") {
    q.set("tab", state.tab);
    const first = state.tab === "anchors" ? ANCHOR_SORTS[0] : REFDOMAIN_SORTS[0];
    if (state.sort !== first) q.set("tsort", state.sort);
    if (state.dir !== defaultDir(state.sort as RefdomainSort | AnchorSort))
      q.set("tdir", state.dir);
    if (state.q) q.set("tq", state.q);
    if (state.page > 1) q.set("tpage", String(state.page));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The tab of `current` kept on a new list URL (a new search stays on the tab it was made on). */
export function keepTab(nextSearch: string, current: string): string {
  const tab = new URLSearchParams(current).get("tab");
  if (!tab || !TABS.includes(tab as Tab) || tab === "backlinks") return nextSearch;
  const q = new URLSearchParams(nextSearch);
  q.set("tab", tab);
  return `?${q}`;
}
