import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const tenants = pgTable("tenants", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  // The slug is the tenant's identity in every URL; unique so URLs never collide.
  slug: text("slug").notNull().unique(),
  // IANA zone every date of this workspace is written in (and, later, schedules run in).
  timeZone: text("time_zone").notNull().default("UTC"),
  // SE Ranking credits the workspace may spend per month (in timeZone); null = no budget.
  monthlyCreditBudget: integer("monthly_credit_budget"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Tenant = typeof tenants.$inferSelect;
