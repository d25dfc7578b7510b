import {
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { BacklinkRow } from "@/lib/seranking/types";
import { tenants } from "./tenants";

// The Data API bills backlink lists per record and has no offset: /v1/backlinks/all can only
// start at row 1, and /v1/backlinks/raw continues with a cursor. So a domain's rows are walked
// once with the cursor and kept here, per tenant, for the cache TTL: pages 1..N and the
// whole-list export read stored rows, and a deeper page only pays for the rows it adds.

/** One cursor walk of a domain's backlinks in one upstream order. */
export const backlinkWalks = pgTable(
  "backlink_walks",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    /** The upstream `order_by` the rows were walked in. */
    orderBy: text("order_by").notNull(),
    /** Where the next upstream page starts; null before the first page and after the last. */
    cursor: text("cursor"),
    complete: boolean("complete").notNull().default(false),
    rowCount: integer("row_count").notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.domain, t.orderBy] })],
);

/** The walked rows, in upstream order (`position` from 0). */
export const backlinkRows = pgTable(
  "backlink_rows",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    orderBy: text("order_by").notNull(),
    position: integer("position").notNull(),
    /** Kept as a column: dofollow filtering is the app's job (/raw has no such filter). */
    nofollow: boolean("nofollow").notNull(),
    domainInlinkRank: integer("domain_inlink_rank"),
    inlinkRank: integer("inlink_rank"),
    firstSeen: text("first_seen").notNull(),
    row: jsonb("row").$type<BacklinkRow>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.domain, t.orderBy, t.position] })],
);
