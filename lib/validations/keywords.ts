// Keyword tracking inputs, shared by the routes, the forms and the hooks.
import { normalizeDomain } from "@/lib/seranking/domain";
import { textSchema } from "./text";
import { z } from "./zod-config";

export const SEARCH_ENGINES = ["google", "bing", "yahoo"] as const;
export const DEFAULT_LOCATION = "United States";
export const KEYWORD_MAX_LENGTH = 80;
export const KEYWORD_MAX_WORDS = 10;
/** Lines accepted in one paste, and keywords a tracked domain may hold. */
export const MAX_KEYWORDS_PER_PASTE = 1000;
export const MAX_KEYWORDS_PER_PROJECT = 2000;
export const MAX_TAGS = 10;

export const domainSchema = textSchema()
  .trim()
  .min(1, "Enter the domain to track, e.g. example.com")
  .transform((value, ctx) => {
    const r = normalizeDomain(value);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: `Enter a domain like example.com: ${r.reason}` });
      return z.NEVER;
    }
    return r.domain;
  });

export const searchEngineSchema = z.enum(SEARCH_ENGINES, "Choose Google, Bing or Yahoo");
/** How each engine is written on screen. */
export const SEARCH_ENGINE_NAMES = { google: "Google", bing: "Bing", yahoo: "Yahoo" } as const;

export const locationSchema = textSchema()
  .trim()
  .max(80, "A location is at most 80 characters, e.g. United States")
  .regex(/^[\p{L}\p{N} ,.'()-]*$/u, "A location is a place name, e.g. United States")
  .transform((v) => v.replace(/\s+/g, " ") || DEFAULT_LOCATION);

export const createProjectSchema = z.object({
  domain: domainSchema,
  searchEngine: searchEngineSchema,
  location: locationSchema.optional().transform((v) => v ?? DEFAULT_LOCATION),
  scheduleEnabled: z.boolean("Daily checks must be on or off").optional().default(true),
});
export type CreateProjectInput = z.input<typeof createProjectSchema>;

export const updateProjectSchema = z.object({
  scheduleEnabled: z.boolean("Daily checks must be on or off"),
});

export const tagSchema = textSchema()
  .trim()
  .min(1, "A tag cannot be empty")
  .max(30, "A tag is at most 30 characters")
  .regex(/^[\p{L}\p{N} _-]+$/u, "Tags may use letters, digits, spaces, - and _")
  .transform((v) => v.toLowerCase().replace(/\s+/g, " "));

/** "brand, Money pages" → ["brand", "money pages"]: trimmed, lower-cased, de-duplicated. */
export const tagsSchema = z
  .union([z.string(), z.array(z.string())], "Tags are a comma-separated list")
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(tagSchema).max(MAX_TAGS, `At most ${MAX_TAGS} tags`))
  .transform((tags) => [...new Set(tags)]);

/** A keyword's tags, replaced as a whole: the edit-tags form and PATCH …/keywords/:keywordId. */
export const updateKeywordSchema = z.object({ tags: tagsSchema });
export type UpdateKeywordInput = z.input<typeof updateKeywordSchema>;

export const addKeywordsSchema = z.object({
  text: textSchema({ multiline: true, message: "Paste keywords, one per line" }).max(
    200_000,
    "That paste is too long: add at most 1,000 keywords at a time",
  ),
  tags: tagsSchema.optional().default([]),
});
export type AddKeywordsInput = z.input<typeof addKeywordsSchema>;

export interface RejectedLine {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedKeywords {
  accepted: string[];
  rejected: RejectedLine[];
}

/** The form of a keyword that decides "same keyword": case and spacing do not count. */
export const keywordKey = (keyword: string) => keyword.toLowerCase();

/** Why a (trimmed, non-blank) line is not a keyword, or null when it is one. */
export function keywordProblem(keyword: string): string | null {
  if (keyword.length > KEYWORD_MAX_LENGTH) return `Longer than ${KEYWORD_MAX_LENGTH} characters`;
  if (keyword.split(" ").length > KEYWORD_MAX_WORDS) return `More than ${KEYWORD_MAX_WORDS} words`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(keyword) || !/[\p{L}\p{N}]/u.test(keyword)) {
    return "Not a keyword: use letters or digits";
  }
  return null;
}

/** A pasted line as stored: trimmed, inner whitespace collapsed to one space. */
export const cleanKeyword = (line: string) => line.trim().replace(/\s+/g, " ");

/**
 * One keyword per line: trimmed, inner spaces collapsed, blank lines skipped, duplicates
 * (case-insensitive) and lines that are too long or not words rejected with the reason.
 */
export function parseKeywordLines(text: string): ParsedKeywords {
  const accepted: string[] = [];
  const rejected: RejectedLine[] = [];
  const firstLine = new Map<string, number>();
  for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = index + 1;
    const keyword = cleanKeyword(raw);
    if (!keyword) continue;
    const key = keywordKey(keyword);
    const seen = firstLine.get(key);
    const problem =
      keywordProblem(keyword) ??
      (seen !== undefined ? `Duplicate of line ${seen}` : null) ??
      (accepted.length >= MAX_KEYWORDS_PER_PASTE
        ? `Over ${MAX_KEYWORDS_PER_PASTE} keywords in one paste: add the rest next`
        : null);
    if (problem) {
      rejected.push({ line, text: keyword, reason: problem });
      continue;
    }
    firstLine.set(key, line);
    accepted.push(keyword);
  }
  return { accepted, rejected };
}

export const projectParamsSchema = z.object({
  tenant: z.string(),
  projectId: z.uuid("Unknown tracked domain"),
});

export const keywordParamsSchema = projectParamsSchema.extend({
  keywordId: z.uuid("Unknown keyword"),
});

export const runParamsSchema = projectParamsSchema.extend({
  runId: z.uuid("Unknown check"),
});

export const historyQuerySchema = z.object({
  keywordIds: z
    .string("Choose at least one keyword")
    .transform((v) => v.split(",").filter(Boolean))
    .pipe(
      z
        .array(z.uuid("Unknown keyword"))
        .min(1, "Choose at least one keyword")
        .max(10, "Compare at most 10 keywords at once"),
    ),
  days: z.coerce
    .number("Days must be a number")
    .int("Days must be a whole number")
    .min(1, "Show at least 1 day")
    .max(366, "Show at most 366 days")
    .optional()
    .default(90),
});
