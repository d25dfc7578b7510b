import type { BacklinksView } from "@/lib/queries/backlinks";
import {
  FILTER_MODES,
  type FilterMode,
  MAX_FILTER_TEXT,
  type TextFilter,
  type TextFilters,
} from "@/lib/validations/backlink-filters";
import {
  BACKLINK_SORTS,
  type BacklinkSort,
  DEFAULT_PAGE_SIZE,
  domainSchema,
  MAX_PAGE,
  PAGE_SIZES,
} from "@/lib/validations/backlinks";

/** The list view the URL holds besides the domain. */
export interface ViewState {
  sort: BacklinkSort;
  dofollow: boolean;
  page: number;
  limit: number;
  filters: TextFilters;
}

/** What the page URL says; `domainError` when its domain is not one (nothing is fetched then). */
export interface UrlView extends ViewState {
  input: string;
  view: BacklinksView | null;
  domainError: string | null;
}

function readFilter(params: URLSearchParams, name: string): TextFilter | undefined {
  const text = (params.get(name) ?? "").trim().slice(0, MAX_FILTER_TEXT);
  if (!text) return undefined;
  const mode = params.get(`${name}_mode`);
  return {
    mode: FILTER_MODES.includes(mode as FilterMode) ? (mode as FilterMode) : "contains",
    text,
  };
}

/** Reads the view's state leniently: a shared link with a bad value gets the default instead. */
export function readState(params: URLSearchParams): ViewState {
  const sortParam = params.get("sort");
  const sort = BACKLINK_SORTS.includes(sortParam as BacklinkSort)
    ? (sortParam as BacklinkSort)
    : "trust_flow";
  const dofollow = params.get("dofollow") === "1";
  const pageNumber = Number(params.get("page") ?? "1");
  const page =
    Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= MAX_PAGE ? pageNumber : 1;
  const rows = Number(params.get("rows"));
  const limit = (PAGE_SIZES as readonly number[]).includes(rows) ? rows : DEFAULT_PAGE_SIZE;
  const anchor = readFilter(params, "anchor");
  const url = readFilter(params, "url");
  const filters = { ...(anchor && { anchor }), ...(url && { url }) };
  return { sort, dofollow, page, limit, filters };
}

/**
 * Reads ?domain=&sort=&dofollow=&page=&rows=&anchor=&anchor_mode=&url=&url_mode= leniently; a
 * bad domain is reported, never fetched.
 */
export function readView(params: URLSearchParams): UrlView {
  const input = params.get("domain") ?? "";
  const state = readState(params);
  if (!input.trim()) return { input, view: null, domainError: null, ...state };
  const parsed = domainSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Not a domain";
    return { input, view: null, domainError: message, ...state };
  }
  return { input, view: { domain: parsed.data, ...state }, domainError: null, ...state };
}

/** The filters as query-string pairs (the URL's and the list API's names); "contains" is implied. */
export function setFilterParams(q: URLSearchParams, filters: TextFilters) {
  for (const name of ["anchor", "url"] as const) {
    const f = filters[name];
    if (!f) continue;
    q.set(name, f.text);
    if (f.mode !== "contains") q.set(`${name}_mode`, f.mode);
  }
}

/** The query string for a view; defaults are left out so shared links stay short. */
export function viewSearch(view: { domain: string } & ViewState): string {
  const q = new URLSearchParams({ domain: view.domain });
  if (view.sort !== "trust_flow") q.set("sort", view.sort);
  if (view.dofollow) q.set("dofollow", "1");
  if (view.page > 1) q.set("page", String(view.page));
  if (view.limit !== DEFAULT_PAGE_SIZE) q.set("rows", String(view.limit));
  setFilterParams(q, view.filters);
  return `?${q}`;
}
