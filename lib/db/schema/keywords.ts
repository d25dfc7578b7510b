import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

/** What is tracked: a domain on one search engine in one location, checked on a schedule. */
export const keywordProjects = pgTable(
  "keyword_projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    searchEngine: text("search_engine").$type<"google" | "bing" | "yahoo">().notNull(),
    location: text("location").notNull(),
    // Off = checked only by hand ("manual", SE Ranking's check_freq "manual").
    scheduleEnabled: boolean("schedule_enabled").notNull().default(true),
    // When on: how often, on which day (weekly 1–7 Mon=1, monthly 1–31) and at what local time
    // (HH:MM in the workspace's zone). lib/keywords/schedule/next-due.ts turns it into instants.
    scheduleFrequency: text("schedule_frequency")
      .$type<"daily" | "every_3_days" | "weekly" | "monthly">()
      .notNull()
      .default("daily"),
    scheduleDay: integer("schedule_day"),
    scheduleTime: text("schedule_time").notNull().default("09:00"),
    // The scheduler claims rows whose time has come; claiming moves this forward.
    nextCheckAt: timestamp("next_check_at", { withTimezone: true }).notNull(),
    // Set when SE Ranking's own rank tracker (Project API) tracks this domain: its site and the
    // project-local engine id that positions and rechecks name. null = database positions.
    seSiteId: integer("se_site_id"),
    seSiteEngineId: integer("se_site_engine_id"),
    // Why the rank tracker does not track it (shown beside the database label), or null.
    trackerNote: text("tracker_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("keyword_projects_tenant_target_idx").on(
      t.tenantId,
      t.domain,
      t.searchEngine,
      sql`lower(${t.location})`,
    ),
    index("keyword_projects_due_idx").on(t.nextCheckAt),
  ],
);

export const trackedKeywords = pgTable(
  "tracked_keywords",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => keywordProjects.id, { onDelete: "cascade" }),
    keyword: text("keyword").notNull(),
    // The rank tracker's keyword id, when the project is tracked by the Project API.
    seKeywordId: integer("se_keyword_id"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Keywords are the same whatever their case: "SEO Tools" and "seo tools" are one row.
  (t) => [
    uniqueIndex("tracked_keywords_project_keyword_idx").on(t.projectId, sql`lower(${t.keyword})`),
  ],
);

/** One "check now" or scheduled check of a project: its progress survives a reload. */
export const keywordCheckRuns = pgTable(
  "keyword_check_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => keywordProjects.id, { onDelete: "cascade" }),
    // "added": only the keywords just added (a first position for them; the schedule stays put).
    trigger: text("trigger").$type<"manual" | "scheduled" | "added">().notNull(),
    status: text("status").$type<"running" | "done" | "failed" | "cancelled">().notNull(),
    total: integer("total").notNull().default(0),
    done: integer("done").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    error: text("error"),
    // Every history row of the run carries this instant, so one check is one point on the chart.
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    // A Project API recheck asked for and not yet read back: the run polls positions until the
    // tracker has a check dated on or after this day (YYYY-MM-DD), then appends the history.
    awaitingRecheckSince: text("awaiting_recheck_since"),
    // When that recheck was asked for (real time): the deadline for its positions counts from here.
    recheckRequestedAt: timestamp("recheck_requested_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("keyword_check_runs_project_idx").on(t.tenantId, t.projectId, t.checkedAt),
    // At most one run in flight per project, whichever instance or trigger started it.
    uniqueIndex("keyword_check_runs_one_running_idx")
      .on(t.projectId)
      .where(sql`${t.status} = 'running'`),
  ],
);

/** Append-only history: one row per keyword per check. Never updated, never carried forward. */
export const keywordChecks = pgTable(
  "keyword_checks",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => keywordProjects.id, { onDelete: "cascade" }),
    keywordId: uuid("keyword_id")
      .notNull()
      .references(() => trackedKeywords.id, { onDelete: "cascade" }),
    runId: uuid("run_id").references(() => keywordCheckRuns.id, { onDelete: "set null" }),
    // null = not in the top 100 (status ok) or unknown (status failed); never 0.
    position: integer("position"),
    url: text("url"),
    volume: integer("volume"),
    status: text("status").$type<"ok" | "failed">().notNull(),
    error: text("error"),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull(),
    // Where the row came from: a check of ours, or a CSV import of history kept elsewhere.
    // Imported rows have no run (runId null): a run is one instant, an import spans many days,
    // and runId alone cannot mark them because a deleted run leaves its rows with runId null too.
    source: text("source").$type<"check" | "import">().notNull().default("check"),
  },
  (t) => [
    // The rankings table reads each keyword's latest checks newest first, ordered by
    // (checked_at, id): with id in the index that is a plain backward index scan, no sort.
    index("keyword_checks_keyword_time_idx").on(t.keywordId, t.checkedAt, t.id),
    // "Best position ever" is min(position) over a keyword's good checks: with this index it is
    // one index descent per keyword instead of a read of its whole history.
    index("keyword_checks_keyword_best_idx")
      .on(t.keywordId, t.position)
      .where(sql`${t.status} = 'ok' and ${t.position} is not null`),
    index("keyword_checks_project_time_idx").on(t.tenantId, t.projectId, t.checkedAt),
    // The newest row id of a project in one descent: "at a glance" recomputes its figures (a
    // pass over the whole history) only when this moves, whether a check or an import added it.
    index("keyword_checks_project_id_idx").on(t.tenantId, t.projectId, t.id),
    // One row per keyword per run: a re-delivered check job skips what an earlier one stored.
    uniqueIndex("keyword_checks_run_keyword_idx").on(t.runId, t.keywordId),
    // One imported row per keyword per instant: importing the same file again adds nothing.
    uniqueIndex("keyword_checks_import_keyword_time_idx")
      .on(t.keywordId, t.checkedAt)
      .where(sql`${t.source} = 'import'`),
  ],
);

export type KeywordProject = typeof keywordProjects.$inferSelect;
export type TrackedKeyword = typeof trackedKeywords.$inferSelect;
export type KeywordCheckRun = typeof keywordCheckRuns.$inferSelect;
export type KeywordCheck = typeof keywordChecks.$inferSelect;
