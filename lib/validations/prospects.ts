// Prospect lists: one set of schemas and limits for routes, forms and hooks.

import { normalizeDomain } from "@/lib/seranking/domain";
import { textSchema } from "./text";
import { z } from "./zod-config";

/** A list holds at most this many domains (the issue asks for at least 5,000). */
export const MAX_LIST_DOMAINS = 10_000;
/** One paste or CSV upload: entries and bytes. */
export const MAX_ADD_ENTRIES = 10_000;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** The JSON body of an add call: the entries plus quoting overhead. */
export const ADD_BODY_LIMIT = 3 * 1024 * 1024;

export interface SplitDomains {
  entries: string[];
  /** The pasted line each entry came from (1-based), to say which line a refusal is about. */
  lines: number[];
}

/**
 * Splits pasted text into candidate domains: one per line, or separated by commas, semicolons,
 * tabs or spaces. Spaces separate only when every part is a domain ("a.com b.com"): otherwise
 * the part stays whole ("exa mple.com"), to be refused with its line, rather than adding
 * "mple.com" that nobody typed.
 */
export function splitDomainLines(text: string): SplitDomains {
  const out: SplitDomains = { entries: [], lines: [] };
  for (const [index, line] of text.split(/\r\n|\r|\n/).entries()) {
    for (const piece of line.split(/[,;\t]+/)) {
      for (const entry of spaceSeparated(piece.trim())) {
        out.entries.push(entry);
        out.lines.push(index + 1);
      }
    }
  }
  return out;
}

function spaceSeparated(piece: string): string[] {
  if (piece === "") return [];
  const words = piece.split(/\s+/);
  return words.length > 1 && words.every((w) => normalizeDomain(w).ok) ? words : [piece];
}

export function splitDomainInput(text: string): string[] {
  return splitDomainLines(text).entries;
}

export const listNameSchema = textSchema()
  .trim()
  .min(1, "Give the list a name")
  .max(100, "Keep the name under 100 characters");

export const createListSchema = z.object({ name: listNameSchema });
export const renameListSchema = z.object({ name: listNameSchema });

export const addDomainsSchema = z.object({
  entries: z
    .array(textSchema().max(2048, "A line is longer than 2,048 characters"))
    .min(1, "Paste or upload at least one domain")
    .max(
      MAX_ADD_ENTRIES,
      `Add at most ${MAX_ADD_ENTRIES.toLocaleString("en-US")} lines at a time; split the file`,
    )
    // Only blank lines would add nothing and answer "0 added" as if that were what was asked.
    .refine((entries) => entries.some((e) => e.trim() !== ""), {
      message: "Every line is blank: paste or upload at least one domain, e.g. example.com",
    }),
});
export type AddDomainsInput = z.infer<typeof addDomainsSchema>;

export const startRunSchema = z.object({
  mode: z.enum(["all", "failed"], 'mode must be "all" or "failed"').default("all"),
});

/** The rows an export holds: the table's filters (GET) or the rows the user selected (POST). */
export const prospectExportQuerySchema = z.object({
  verdict: z
    .enum(
      ["all", "pass", "review", "reject", "none"],
      "verdict must be all, pass, review, reject or none",
    )
    .default("all"),
  q: z.string().max(253, "The search is at most 253 characters").default(""),
  /** Only prospects carrying this tag (tags are lower-cased when stored). */
  tag: z
    .string()
    .max(64, "A tag filter is at most 64 characters")
    .default("")
    .transform((v) => v.trim().toLowerCase()),
});
export const prospectExportSelectionSchema = z.object({
  domains: z
    .array(z.string().max(253, "A domain is at most 253 characters"), "domains must be a list")
    .min(1, "Select at least one prospect to export")
    .max(MAX_LIST_DOMAINS, `Export at most ${MAX_LIST_DOMAINS.toLocaleString("en-US")} domains`),
});

export const listParamsSchema = z.object({
  tenant: z.string(),
  listId: z.uuid("Unknown prospect list"),
});

const ratio = (label: string) =>
  z
    .number(`${label} must be a number`)
    .min(0, `${label} must be between 0 and 10`)
    .max(10, `${label} must be between 0 and 10`);
const flow = (label: string) =>
  z
    .number(`${label} must be a number`)
    .int(`${label} must be a whole number`)
    .min(0, `${label} must be between 0 and 100`)
    .max(100, `${label} must be between 0 and 100`);

export const rulesSchema = z.object({
  minTrustFlow: flow("Minimum TF"),
  minRatio: ratio("Minimum TF/CF ratio"),
  spamMinCitationFlow: flow("Spam CF threshold"),
  spamMaxRatio: ratio("Spam TF/CF ratio"),
});
export type RulesInput = z.infer<typeof rulesSchema>;
