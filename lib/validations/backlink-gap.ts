// Backlink gap: one set of schemas for the routes and the page's form, so a bad domain list is
// refused in the browser and again on the server, before any SE Ranking call.
import { domainSchema } from "./backlinks";
import { listNameSchema } from "./prospects";
import { z } from "./zod-config";

/** Ahrefs' Link Intersect takes up to 10 sites beside yours; so does this. */
export const MAX_GAP_COMPETITORS = 10;
/** Rows one read answers (the best first); the count says how many matched in all. */
export const MAX_GAP_ROWS = 1000;
/** Domains one add-to-list call takes (the rows of one read). */
export const MAX_GAP_SELECTION = MAX_GAP_ROWS;

export const gapDomainsSchema = z
  .object({
    domain: domainSchema,
    competitors: z
      .array(domainSchema, "competitors must be a list of domains")
      .min(1, "Enter at least one competitor")
      .max(MAX_GAP_COMPETITORS, `Enter at most ${MAX_GAP_COMPETITORS} competitors`),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.competitors.forEach((c, i) => {
      if (c === value.domain) {
        ctx.addIssue({
          code: "custom",
          path: ["competitors", i],
          message: `${c} is your own domain: remove it from the competitors`,
        });
      } else if (seen.has(c)) {
        ctx.addIssue({
          code: "custom",
          path: ["competitors", i],
          message: `${c} is entered twice: remove the repeat`,
        });
      }
      seen.add(c);
    });
  });
export type GapDomains = z.infer<typeof gapDomainsSchema>;

const flag = z
  .enum(["0", "1", "true", "false"], "Use 1 or 0")
  .optional()
  .transform((v) => v === "1" || v === "true");

/** A comma-separated list in the query ("edu, gov"): trimmed, lower-cased, empties dropped. */
const csvList = (label: string) =>
  z
    .string()
    .max(2000, `${label}: at most 2,000 characters`)
    .default("")
    .transform((v) =>
      v
        .split(/[\s,;]+/)
        .map((s) => s.trim().toLowerCase().replace(/^\./, ""))
        .filter((s) => s !== ""),
    )
    .refine((list) => list.length <= 50, `${label}: at most 50 entries`)
    .refine(
      (list) => list.every((s) => /^[a-z0-9.-]+$/.test(s)),
      `${label}: use letters, digits, dots and dashes only, separated by commas`,
    );

export const gapFiltersQuerySchema = z.object({
  minCompetitors: z.coerce
    .number("Min competitors must be a number")
    .int("Min competitors must be a whole number")
    .min(1, "Min competitors must be 1 or more")
    .max(MAX_GAP_COMPETITORS, `Min competitors must be ${MAX_GAP_COMPETITORS} or less`)
    .default(1),
  minAuthority: z.coerce
    .number("Min authority must be a number")
    .int("Min authority must be a whole number")
    .min(0, "Min authority must be 0 or more")
    .max(100, "Min authority must be 100 or less")
    .default(0),
  dofollowOnly: flag,
  excludeTlds: csvList("Excluded TLDs"),
  excludeDomains: csvList("Excluded domains"),
});
export type GapFiltersQuery = z.infer<typeof gapFiltersQuerySchema>;

export const gapParamsSchema = z.object({
  tenant: z.string(),
  gapId: z.uuid("Unknown gap analysis"),
});

/** Selected rows into a list: an existing one by id, or a new one by name. */
export const gapToProspectsSchema = z
  .object({
    domains: z
      .array(domainSchema, "domains must be a list of domains")
      .min(1, "Select at least one row")
      .max(MAX_GAP_SELECTION, `Select at most ${MAX_GAP_SELECTION.toLocaleString("en-US")} rows`),
    listId: z.uuid("Choose a prospect list").optional(),
    newListName: listNameSchema.optional(),
  })
  .refine((v) => (v.listId === undefined) !== (v.newListName === undefined), {
    message: "Choose a prospect list or name a new one (one of the two)",
    path: ["listId"],
  });
export type GapToProspects = z.infer<typeof gapToProspectsSchema>;
