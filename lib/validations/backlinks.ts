import { normalizeDomain } from "@/lib/seranking/domain";
import { textFilterFields, toTextFilters } from "./backlink-filters";
import { z } from "./zod-config";

// Shared by the Backlinks routes, the search form and the URL reader, so a bad domain or page
// is refused in the browser and again on the server — always before any SE Ranking call.

export const BACKLINK_SORTS = ["trust_flow", "citation_flow", "first_seen"] as const;
export type BacklinkSort = (typeof BACKLINK_SORTS)[number];

export const DEFAULT_PAGE_SIZE = 50;
/** The page sizes the Backlinks table offers; each page costs at most its own rows. */
export const PAGE_SIZES = [25, 50, 100, 250] as const;
/** SE Ranking's own ceiling for one list call. */
export const MAX_PAGE_SIZE = 1000;
/** Far beyond any real list; stops absurd offsets before they reach SE Ranking. */
export const MAX_PAGE = 100_000;

/** A URL or a domain in, the normalised domain out; the reason in words when it is not one. */
export const domainSchema = z
  .string("Enter a domain, e.g. example.com")
  .max(2048, "That is too long to be a web address: enter just the domain, e.g. example.com")
  .transform((value, ctx) => {
    const result = normalizeDomain(value);
    if (result.ok) return result.domain;
    ctx.addIssue({ code: "custom", message: `Not a domain: ${result.reason}` });
    return z.NEVER;
  });

const flag = z
  .enum(["0", "1", "true", "false"], "Use 1 or 0")
  .optional()
  .transform((v) => v === "1" || v === "true");

const wholeNumber = (label: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number(`${label} must be a number`)
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be ${min} or more`)
    .max(max, `${label} must be ${max.toLocaleString("en-US")} or less`)
    .default(fallback);

/** Page size from the table: only the sizes it offers, so a hand-made URL cannot ask for more. */
const pageSize = z.coerce
  .number("Rows per page must be a number")
  .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), {
    message: `Rows per page must be one of ${PAGE_SIZES.join(", ")}`,
  })
  .default(DEFAULT_PAGE_SIZE);

export const backlinksSummaryQuerySchema = z.object({ domain: domainSchema, refresh: flag });

export const backlinksListQuerySchema = z
  .object({
    domain: domainSchema,
    page: wholeNumber("Page", 1, MAX_PAGE, 1),
    limit: pageSize,
    sort: z
      .enum(BACKLINK_SORTS, `Sort by one of: ${BACKLINK_SORTS.join(", ")}`)
      .default("trust_flow"),
    dofollow: flag,
    ...textFilterFields,
    refresh: flag,
  })
  .transform(({ anchor, anchor_mode, url, url_mode, ...rest }) => ({
    ...rest,
    filters: toTextFilters({ anchor, anchor_mode, url, url_mode }),
  }));
export type BacklinksListQuery = z.infer<typeof backlinksListQuerySchema>;

/** What the form submits: only the domain box. */
export const backlinksSearchSchema = z.object({ domain: domainSchema });
