import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenants } from "./tenants";
import { users } from "./users";

/**
 * A workspace's token for the public API (/api/v1). Only a SHA-256 digest is stored: the token
 * has 256 random bits, so a salt or a slow hash would add nothing, and a database leak does not
 * hand out access. `prefix` (the first characters) lets people tell their tokens apart.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** "read", or "read" and "write". */
    scopes: text("scopes").array().notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    /** Requests per minute this token may send (the RateLimit-* headers tell clients). */
    ratePerMinute: integer("rate_per_minute").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_idx").on(t.tokenHash),
    index("api_tokens_tenant_idx").on(t.tenantId, t.createdAt),
  ],
);

/**
 * One row per token and minute: a fixed-window counter that every web instance increments in
 * one statement, so the limit holds across instances without a shared memory.
 */
export const apiRateWindows = pgTable(
  "api_rate_windows",
  {
    tokenId: uuid("token_id")
      .notNull()
      .references(() => apiTokens.id, { onDelete: "cascade" }),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.windowStart] })],
);

/**
 * A POST's answer kept under its Idempotency-Key for a day: the same key and body replays it;
 * the same key with another body is refused. `status` null = still being handled.
 */
export const apiIdempotency = pgTable(
  "api_idempotency",
  {
    tokenId: uuid("token_id")
      .notNull()
      .references(() => apiTokens.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    body: jsonb("body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] })],
);

export type ApiToken = typeof apiTokens.$inferSelect;
export type ApiScope = "read" | "write";
