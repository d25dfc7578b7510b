import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * SE Ranking's per-key request budget, shared by every app instance and worker: one row per key
 * fingerprint (never the key) holding the start times (epoch ms, the database's clock) of the
 * recently granted requests. Rows are locked while a slot is taken; see pg-rate-gate.ts.
 */
export const serankingRateSlots = pgTable("seranking_rate_slots", {
  fingerprint: text("fingerprint").primaryKey(),
  slots: bigint("slots", { mode: "number" }).array().notNull().default([]),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
