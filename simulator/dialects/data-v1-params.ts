// Input validation for the data-v1 dialect (the public Data API, seranking-data-api-v1.md).
import { z } from "zod";
import { isPlausibleDomain, normalizeDomain } from "../domain-name";
import { locationForSource } from "../universe-data-v1";

export const MAX_TARGETS = 100;
export const MAX_ALL_LIMIT = 10_000;
export const MAX_KEYWORDS_LIMIT = 10_000;

const target = z
  .string()
  .trim()
  .min(1, "is required")
  .max(2048)
  .refine((d) => isPlausibleDomain(normalizeDomain(d)), "is not a valid domain, host or URL");

/** The API's default mode is `host`; all three answer the domain's data here. */
const mode = z.enum(["domain", "host", "url"]).default("host");

export const targetsInput = z.object({
  target: z
    .array(target)
    .min(1, "must list at least one target")
    .max(MAX_TARGETS, `at most ${MAX_TARGETS} targets per call`),
  mode,
});

/** /v1/backlinks/authority takes targets but no `mode` (OpenAPI; reference §5.4). */
export const authorityInput = z.object({
  target: targetsInput.shape.target,
});

export const listQuery = z.object({
  target,
  mode,
  limit: z.coerce.number().int().min(1).max(MAX_ALL_LIMIT).default(100),
  per_domain: z.coerce.number().int().min(1).max(100).optional(),
  order_by: z.enum(["date_found", "domain_inlink_rank", "inlink_rank"]).default("date_found"),
  nofollow_filter: z.enum(["dofollow_only", "nofollow_only"]).optional(),
  next: z.string().optional(),
});

export const domainKeywordsQuery = z.object({
  source: z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => locationForSource(s) !== undefined, "is not a supported country database"),
  domain: target,
  type: z.enum(["organic", "adv"]).default("organic"),
  limit: z.coerce.number().int().min(1).max(MAX_KEYWORDS_LIMIT).default(100),
  page: z.coerce.number().int().min(1).default(1),
  /** Case-sensitive substring (seranking-data-api-v1.md §6.2). */
  "filter[keyword]": z.string().optional(),
  /** URL-encoded JSON: OR-groups of AND-clauses {type: contains|begins|ends|exact, value}. */
  "filter[multi_keyword_included]": z
    .string()
    .transform((text, ctx) => {
      try {
        return multiKeywordFilter.parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: "custom", message: "must be JSON [[{type, value}], ...]" });
        return z.NEVER;
      }
    })
    .optional(),
});

const keywordClause = z.object({
  type: z.enum(["contains", "begins", "ends", "exact"]),
  value: z.string(),
});
const multiKeywordFilter = z.array(z.array(keywordClause).min(1)).min(1);
export type MultiKeywordFilter = z.infer<typeof multiKeywordFilter>;

/** True when the keyword passes `filter[keyword]` and `filter[multi_keyword_included]`. */
export function keywordMatches(
  keyword: string,
  substring: string | undefined,
  groups: MultiKeywordFilter | undefined,
): boolean {
  if (substring !== undefined && !keyword.includes(substring)) return false;
  if (!groups) return true;
  const test = (c: z.infer<typeof keywordClause>) =>
    c.type === "exact"
      ? keyword === c.value
      : c.type === "begins"
        ? keyword.startsWith(c.value)
        : c.type === "ends"
          ? keyword.endsWith(c.value)
          : keyword.includes(c.value);
  return groups.some((group) => group.every(test));
}

/** Targets from repeated `target=` (GET) or a JSON body `{target: [...] | "...", mode}` (POST). */
// Repeated `target=` is what the docs show; SE Ranking's own MCP sends `target[]=` since 2026-03
// (reference §1): both are accepted.
export function targetsFrom(query: URLSearchParams, body?: unknown): unknown {
  if (body !== undefined) {
    const b = (body ?? {}) as { target?: unknown; mode?: unknown };
    return { target: typeof b.target === "string" ? [b.target] : b.target, mode: b.mode };
  }
  const target = [...query.getAll("target"), ...query.getAll("target[]")];
  return { target, mode: query.get("mode") ?? undefined };
}

/** The single-target fields, for the routes that live in their own files. */
export { mode as modeParam, target as targetParam };
