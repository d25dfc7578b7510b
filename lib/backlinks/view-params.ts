import type { BacklinksView } from "@/lib/queries/backlinks";
import {
  BACKLINK_SORTS,
  type BacklinkSort,
  DEFAULT_PAGE_SIZE,
  domainSchema,
  MAX_PAGE,
} from "@/lib/validations/backlinks";

/** What the page URL says; `domainError` when its domain is not one (nothing is fetched then). */
export interface UrlView {
  input: string;
  view: BacklinksView | null;
  domainError: string | null;
  sort: BacklinkSort;
  dofollow: boolean;
  page: number;
}

/**
 * Reads ?domain=&sort=&dofollow=&page= leniently: a shared link with a bad sort or page falls
 * back to the default view instead of failing; a bad domain is reported, never fetched.
 */
export function readView(params: URLSearchParams): UrlView {
  const input = params.get("domain") ?? "";
  const sortParam = params.get("sort");
  const sort = BACKLINK_SORTS.includes(sortParam as BacklinkSort)
    ? (sortParam as BacklinkSort)
    : "trust_flow";
  const dofollow = params.get("dofollow") === "1";
  const pageNumber = Number(params.get("page") ?? "1");
  const page =
    Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= MAX_PAGE ? pageNumber : 1;
  if (!input.trim()) return { input, view: null, domainError: null, sort, dofollow, page };
  const parsed = domainSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Not a domain";
    return { input, view: null, domainError: message, sort, dofollow, page };
  }
  const view = { domain: parsed.data, sort, dofollow, page, limit: DEFAULT_PAGE_SIZE };
  return { input, view, domainError: null, sort, dofollow, page };
}

/** The query string for a view; defaults are left out so shared links stay short. */
export function viewSearch(view: {
  domain: string;
  sort: BacklinkSort;
  dofollow: boolean;
  page: number;
}): string {
  const q = new URLSearchParams({ domain: view.domain });
  if (view.sort !== "trust_flow") q.set("sort", view.sort);
  if (view.dofollow) q.set("dofollow", "1");
  if (view.page > 1) q.set("page", String(view.page));
  return `?${q}`;
}
