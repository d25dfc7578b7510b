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
 * Every upstream HTTP call, counted per tenant, month, endpoint, feature and actor, with the
 * credits its 2xx replies cost (SE Ranking bills only those). The one spend ledger: the monthly
 * budget and the usage page read it.
 */
export const serankingUsage = pgTable(
  "seranking_usage",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    month: text("month").notNull(), // YYYY-MM in the workspace's time zone
    endpoint: text("endpoint").notNull(),
    /**
     * The work the call served (bulk_metrics, backlink_refresh, gap, ...: lib/services/budgets),
     * or, for calls outside such work, the endpoint's family (backlinks, prospects, ...).
     */
    feature: text("feature").notNull().default("other"),
    /** Who spent it: a user id, "schedule", "api_token", or "" when not known. */
    actor: text("actor").notNull().default(""),
    calls: integer("calls").notNull().default(0),
    failures: integer("failures").notNull().default(0),
    credits: integer("credits").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.month, t.endpoint, t.feature, t.actor] })],
);
