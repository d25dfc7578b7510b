import { bigserial, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Requests that are rate-limited per client across instances: sign-ups and mail-sending
 * requests (password reset, verification). One row per request, pruned past the window.
 */
export const rateEvents = pgTable(
  "rate_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    client: text("client").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rate_events_kind_client_idx").on(t.kind, t.client, t.createdAt)],
);
