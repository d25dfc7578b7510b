import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

/**
 * The domains a tenant looked up on the Backlinks page, newest first. One row per distinct
 * domain (a repeat search only moves it to the top); trimmed to the last few on every write.
 */
export const backlinkSearches = pgTable(
  "backlink_searches",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    searchedAt: timestamp("searched_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.domain] }),
    index("backlink_searches_recent_idx").on(t.tenantId, t.searchedAt),
  ],
);

export type BacklinkSearch = typeof backlinkSearches.$inferSelect;
