import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenants } from "./tenants";
import { users } from "./users";

/** A domain whose backlink profile a workspace tracks, snapshotted on a schedule. */
export const monitoredDomains = pgTable(
  "monitored_domains",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    intervalDays: integer("interval_days").notNull().default(7),
    scheduleEnabled: boolean("schedule_enabled").notNull().default(true),
    // The scheduler claims rows whose time has come; claiming moves this forward, "Refresh now"
    // never does (an extra snapshot must not move the weekly one).
    nextSnapshotAt: timestamp("next_snapshot_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("monitored_domains_tenant_domain_idx").on(t.tenantId, t.domain),
    index("monitored_domains_due_idx").on(t.nextSnapshotAt),
  ],
);

/**
 * One snapshot of a monitored domain: its counts and how many links and referring domains are
 * new or lost since the snapshot before. Rows are only appended; a running one is finished once.
 */
export const backlinkSnapshots = pgTable(
  "backlink_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    monitorId: uuid("monitor_id")
      .notNull()
      .references(() => monitoredDomains.id, { onDelete: "cascade" }),
    trigger: text("trigger").$type<"manual" | "scheduled">().notNull(),
    status: text("status").$type<"running" | "done" | "failed">().notNull(),
    // Which API took it: data-v1 diffs come from its history, provider-v3 from stored lists.
    dialect: text("dialect").notNull(),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull(),
    // The UTC day it describes (YYYY-MM-DD): the next data-v1 snapshot asks history from here.
    asOf: text("as_of").notNull(),
    backlinks: integer("backlinks"),
    referringDomains: integer("referring_domains"),
    dofollowBacklinks: integer("dofollow_backlinks"),
    // null on the first snapshot of a domain: nothing to compare with.
    newBacklinks: integer("new_backlinks"),
    lostBacklinks: integer("lost_backlinks"),
    newRefdomains: integer("new_refdomains"),
    lostRefdomains: integer("lost_refdomains"),
    // A Data API history reply filled its limit and the API has no offset: changes beyond it
    // are not stored, so the counts above are "at least".
    incomplete: boolean("incomplete").notNull().default(false),
    error: text("error"),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("backlink_snapshots_monitor_idx").on(t.tenantId, t.monitorId, t.takenAt),
    uniqueIndex("backlink_snapshots_one_running_idx")
      .on(t.monitorId)
      .where(sql`${t.status} = 'running'`),
  ],
);

/**
 * The links of a snapshot, for APIs without history (provider-v3): keyed by a hash of source and
 * target URL, so two snapshots diff by key; the row fields are what a lost link shows later.
 */
export const backlinkSnapshotLinks = pgTable(
  "backlink_snapshot_links",
  {
    snapshotId: uuid("snapshot_id")
      .notNull()
      .references(() => backlinkSnapshots.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    linkKey: text("link_key").notNull(),
    sourceUrl: text("source_url").notNull(),
    targetUrl: text("target_url").notNull(),
    anchorText: text("anchor_text").notNull(),
    nofollow: boolean("nofollow").notNull(),
    authority: integer("authority"),
    firstSeen: text("first_seen"),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.linkKey] })],
);

/** A link or referring domain new or lost at a snapshot, with the reason when the API gives one. */
export const backlinkChanges = pgTable(
  "backlink_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    snapshotId: uuid("snapshot_id")
      .notNull()
      .references(() => backlinkSnapshots.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"link" | "refdomain">().notNull(),
    type: text("type").$type<"new" | "lost">().notNull(),
    // The day the API saw it happen; null when found by a diff (between the two snapshots).
    date: text("date"),
    refdomain: text("refdomain").notNull(),
    sourceUrl: text("source_url"),
    targetUrl: text("target_url"),
    anchorText: text("anchor_text"),
    nofollow: boolean("nofollow"),
    authority: integer("authority"),
    reason: text("reason"),
  },
  (t) => [index("backlink_changes_snapshot_idx").on(t.tenantId, t.snapshotId, t.kind, t.type)],
);

/** What the team did about a lost link: followed it up (asked for it back) or dismissed it. */
export const lostLinkFollowUps = pgTable("lost_link_follow_ups", {
  changeId: uuid("change_id")
    .primaryKey()
    .references(() => backlinkChanges.id, { onDelete: "cascade" }),
  tenantId: uuid("tenant_id")
    .notNull()
    .references(() => tenants.id, { onDelete: "cascade" }),
  status: text("status").$type<"followed_up" | "dismissed">().notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type MonitoredDomain = typeof monitoredDomains.$inferSelect;
export type BacklinkSnapshot = typeof backlinkSnapshots.$inferSelect;
export type BacklinkChangeRow = typeof backlinkChanges.$inferSelect;
