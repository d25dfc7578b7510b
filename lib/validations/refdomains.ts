import { DEFAULT_PAGE_SIZE, domainSchema, PAGE_SIZES } from "./backlinks";
import { z } from "./zod-config";

// The Referring domains and Anchors tabs' queries, shared by their routes and the URL reader:
// the domain, a column to sort by and its direction, a "contains" text filter, the page, and
// `format=csv` for the whole filtered list as a file.

export const REFDOMAIN_SORTS = [
  "authority",
  "backlinks",
  "dofollow_share",
  "first_seen",
  "domain",
] as const;
export type RefdomainSort = (typeof REFDOMAIN_SORTS)[number];

export const ANCHOR_SORTS = ["backlinks", "refdomains", "anchor"] as const;
export type AnchorSort = (typeof ANCHOR_SORTS)[number];

export const SORT_DIRS = ["asc", "desc"] as const;
export type SortDir = (typeof SORT_DIRS)[number];

/** Text columns read A→Z first; numbers and dates biggest / newest first. */
export const defaultDir = (sort: RefdomainSort | AnchorSort): SortDir =>
  sort === "domain" || sort === "anchor" ? "asc" : "desc";

export const MAX_CONTAINS = 200;
const MAX_TAB_PAGE = 10_000;

const flag = z
  .enum(["0", "1", "true", "false"], "Use 1 or 0")
  .optional()
  .transform((v) => v === "1" || v === "true");

const common = {
  domain: domainSchema,
  dir: z.enum(SORT_DIRS, "Direction must be asc or desc").optional(),
  q: z
    .string("The filter must be text")
    .trim()
    .max(MAX_CONTAINS, `The filter must be ${MAX_CONTAINS} characters or less`)
    .optional(),
  page: z.coerce
    .number("Page must be a number")
    .int("Page must be a whole number")
    .min(1, "Page must be 1 or more")
    .max(MAX_TAB_PAGE, `Page must be ${MAX_TAB_PAGE.toLocaleString("en-US")} or less`)
    .default(1),
  limit: z.coerce
    .number("Rows per page must be a number")
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), {
      message: `Rows per page must be one of ${PAGE_SIZES.join(", ")}`,
    })
    .default(DEFAULT_PAGE_SIZE),
  format: z.enum(["json", "csv"], "Format must be json or csv").default("json"),
  refresh: flag,
};

export const refdomainsQuerySchema = z
  .object({
    ...common,
    sort: z
      .enum(REFDOMAIN_SORTS, `Sort by one of: ${REFDOMAIN_SORTS.join(", ")}`)
      .default("authority"),
  })
  .transform((q) => ({ ...q, dir: q.dir ?? defaultDir(q.sort) }));
export type RefdomainsQuery = z.infer<typeof refdomainsQuerySchema>;

export const anchorsQuerySchema = z
  .object({
    ...common,
    sort: z.enum(ANCHOR_SORTS, `Sort by one of: ${ANCHOR_SORTS.join(", ")}`).default("backlinks"),
  })
  .transform((q) => ({ ...q, dir: q.dir ?? defaultDir(q.sort) }));
export type AnchorsQuery = z.infer<typeof anchorsQuerySchema>;
