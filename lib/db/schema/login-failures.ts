import { bigserial, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed sign-ins, one row each, kept in the database (not process memory) so the throttle holds
 * across app instances. Not tenant-scoped: sign-in happens before any tenant is known. The email
 * is stored as a SHA-256 digest so attempts on unknown addresses do not collect addresses.
 */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    emailHash: text("email_hash").notNull(),
    ip: text("ip").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_failures_email_idx").on(t.emailHash, t.createdAt),
    index("login_failures_ip_idx").on(t.ip, t.createdAt),
  ],
);
