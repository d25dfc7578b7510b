import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { GapRefdomain } from "@/lib/backlinks/gap/gap-rows";
import { tenants } from "./tenants";
import { users } from "./users";

// A backlink gap analysis runs as a job: it fetches (or reuses from the cache) the referring-domain
// list of you and each competitor, and stores each list with the gap in the same transaction
// that settles it, so a re-delivered job fetches only what is missing and the result stays the
// same however long the cache keeps the lists. Rows are computed from these lists on read.

export type BacklinkGapStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export const backlinkGaps = pgTable(
  "backlink_gaps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Your domain and the competitors, normalised, in the order entered. */
    domain: text("domain").notNull(),
    competitors: text("competitors").array().notNull(),
    /** The key's dialect at the start: it names the authority column (DT or TF). */
    dialect: text("dialect").notNull(),
    status: text("status").$type<BacklinkGapStatus>().notNull(),
    /** Lists to fetch (1 + competitors), settled, and settled with a failure. */
    total: integer("total").notNull(),
    done: integer("done").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    /** Lists answered from the cache (no credits). */
    cached: integer("cached").notNull().default(0),
    /** Credits the analysis was estimated to cost when it started. */
    estimatedCredits: integer("estimated_credits"),
    /** What happened and what to do, for the user; never internal detail. */
    error: text("error"),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("backlink_gaps_tenant_idx").on(t.tenantId, t.createdAt)],
);

/** One target's referring-domain list within a gap: position 0 is you. */
export const backlinkGapLists = pgTable(
  "backlink_gap_lists",
  {
    gapId: uuid("gap_id")
      .notNull()
      .references(() => backlinkGaps.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    target: text("target").notNull(),
    position: integer("position").notNull(),
    settled: boolean("settled").notNull().default(false),
    rows: jsonb("rows").$type<GapRefdomain[]>(),
    /** False when the service capped the list (its top rows only): the page says so. */
    complete: boolean("complete"),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }),
    /** Why this list could not be fetched (then the gap says so and leaves it out). */
    error: text("error"),
  },
  (t) => [primaryKey({ columns: [t.gapId, t.position] })],
);

export type BacklinkGap = typeof backlinkGaps.$inferSelect;
export type BacklinkGapList = typeof backlinkGapLists.$inferSelect;
