import { domainSchema } from "./backlinks";
import { z } from "./zod-config";

/** The admin's monthly credit budget: a whole number of credits, or null for no budget. */
export const budgetUpdateSchema = z.strictObject({
  monthlyCreditBudget: z
    .number("Enter the budget as a number of credits, or clear it for no budget.")
    .int("The budget is a whole number of credits.")
    .min(0, "The budget cannot be negative.")
    .max(100_000_000, "The budget is at most 100,000,000 credits a month.")
    .nullable(),
});
export type BudgetUpdate = z.infer<typeof budgetUpdateSchema>;

const uuid = (what: string) => z.uuid(`Not a ${what} id: it is a UUID, as the page gives it`);

/** Which work to price for the note beside its button (the other starters price their own). */
export const costQuerySchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("backlink-export"),
      domain: domainSchema,
      dofollow: z.enum(["true", "false"], "dofollow is true or false").default("false"),
    }),
    z.object({ kind: z.literal("monitoring-snapshot"), monitorId: uuid("monitored domain") }),
    z.object({ kind: z.literal("keyword-check"), projectId: uuid("tracked domain") }),
  ],
  "kind is one of: backlink-export, monitoring-snapshot, keyword-check",
);
export type CostQuery = z.infer<typeof costQuerySchema>;
