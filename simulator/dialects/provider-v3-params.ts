// Input validation for the provider-v3 dialect. Limits the spec leaves open are chosen here
// and documented in simulator/README.md (list limit 1..1000, 100 domains, 500 keywords).

import { z } from "zod";
import { isPlausibleDomain, normalizeDomain } from "../domain-name";
import { ApiError } from "../http-io";
import { SEARCH_ENGINES } from "../keyword-positions";

export const MAX_LIST_LIMIT = 1000;
export const MAX_METRICS_DOMAINS = 100;
export const MAX_KEYWORDS = 500;

const domain = z
  .string()
  .trim()
  .min(1, "is required")
  .max(253)
  .refine((d) => isPlausibleDomain(normalizeDomain(d)), "is not a valid domain");

const domainType = z.enum(["domain", "page", "subdomain"]).default("domain");

export const summaryQuery = z.object({ domain, domain_type: domainType });

export const backlinksQuery = z.object({
  domain,
  domain_type: domainType,
  limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  sort_by: z.enum(["trust_flow", "citation_flow", "first_seen"]).default("trust_flow"),
  filter_dofollow: z.enum(["0", "1"]).default("0"),
});

export const metricsBody = z.object({
  domains: z
    .array(domain)
    .min(1, "must list at least one domain")
    .max(MAX_METRICS_DOMAINS, `at most ${MAX_METRICS_DOMAINS} domains per call`),
});

export const keywordCheckBody = z.object({
  domain,
  keywords: z.array(z.string().trim().min(1).max(200)).min(1).max(MAX_KEYWORDS),
  search_engine: z.enum(SEARCH_ENGINES),
  location_name: z.string().trim().min(1).max(100).default("United States"),
});

/** Missing params come as undefined (not ""), so zod reports "required" rather than "too short". */
export function queryObject(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of query) if (!(name in out)) out[name] = value;
  return out;
}

/** Parses or throws a 400 whose description names the first offending field. */
export function parseOr400<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join(".") || "request";
  throw new ApiError(400, `Invalid ${field}: ${issue?.message ?? "invalid input"}`);
}
