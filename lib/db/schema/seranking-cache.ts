import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

/** Upstream replies per tenant: SE Ranking bills per call and backlink data changes monthly. */
export const serankingCache = pgTable(
  "seranking_cache",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull(),
    paramsHash: text("params_hash").notNull(),
    params: jsonb("params").$type<Record<string, unknown>>().notNull(),
    response: jsonb("response").notNull(),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.endpoint, t.paramsHash] })],
);

/**
 * Every upstream HTTP call, counted per tenant, month and endpoint, with the credits its 2xx
 * replies cost (SE Ranking bills only those) and the feature the endpoint serves.
 */
export const serankingUsage = pgTable(
  "seranking_usage",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    month: text("month").notNull(), // YYYY-MM (UTC)
    endpoint: text("endpoint").notNull(),
    /** backlinks | prospects | keywords | key_check | other (from the endpoint). */
    feature: text("feature").notNull().default("other"),
    calls: integer("calls").notNull().default(0),
    failures: integer("failures").notNull().default(0),
    credits: integer("credits").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.month, t.endpoint] })],
);
