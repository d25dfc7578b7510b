import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const accountTokenKind = pgEnum("account_token_kind", ["verify_email", "reset_password"]);
export type AccountTokenKind = (typeof accountTokenKind.enumValues)[number];

/**
 * Single-use links mailed to a user: email verification and password reset. Stored as a SHA-256
 * digest (the link holds the only copy of the token); `used_at` makes each one work once.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: accountTokenKind("kind").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("account_tokens_hash_idx").on(t.tokenHash),
    index("account_tokens_user_idx").on(t.userId, t.kind),
  ],
);
