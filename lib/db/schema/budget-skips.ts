import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

/**
 * Scheduled work (a keyword check, a backlink snapshot) skipped whole because it would have
 * passed the workspace's monthly credit budget: the usage page lists them, alerts can read them.
 */
export const budgetSkips = pgTable(
  "budget_skips",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    month: text("month").notNull(), // YYYY-MM in the workspace's time zone
    feature: text("feature").notNull(),
    /** What was skipped, for people: "Keyword check of example.com". */
    subject: text("subject").notNull(),
    estimatedCredits: integer("estimated_credits").notNull(),
    creditsLeft: integer("credits_left").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("budget_skips_tenant_month_idx").on(t.tenantId, t.month)],
);

export type BudgetSkip = typeof budgetSkips.$inferSelect;
