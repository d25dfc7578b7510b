import { z } from "zod";

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
