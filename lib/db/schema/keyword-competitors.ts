import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { keywordCheckRuns, keywordProjects, trackedKeywords } from "./keywords";
import { tenants } from "./tenants";

/** A competitor domain tracked on the same keywords, engine and location as its project. */
export const keywordCompetitors = pgTable(
  "keyword_competitors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => keywordProjects.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    // SE Ranking's competitor id when the project is tracked by its rank tracker (Project API).
    seCompetitorId: integer("se_competitor_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("keyword_competitors_project_domain_idx").on(t.projectId, t.domain)],
);

/** Append-only: one row per competitor per keyword per check, like keyword_checks. */
export const competitorChecks = pgTable(
  "competitor_checks",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => keywordProjects.id, { onDelete: "cascade" }),
    competitorId: uuid("competitor_id")
      .notNull()
      .references(() => keywordCompetitors.id, { onDelete: "cascade" }),
    keywordId: uuid("keyword_id")
      .notNull()
      .references(() => trackedKeywords.id, { onDelete: "cascade" }),
    runId: uuid("run_id").references(() => keywordCheckRuns.id, { onDelete: "set null" }),
    // null = not in the top 100 (status ok) or unknown (status failed).
    position: integer("position"),
    url: text("url"),
    status: text("status").$type<"ok" | "failed">().notNull(),
    error: text("error"),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("competitor_checks_keyword_time_idx").on(t.keywordId, t.competitorId, t.checkedAt),
    index("competitor_checks_project_time_idx").on(t.tenantId, t.projectId, t.checkedAt),
    // A re-delivered check job stores each competitor's keyword once per run.
    uniqueIndex("competitor_checks_run_idx").on(t.runId, t.competitorId, t.keywordId),
  ],
);

export type KeywordEventKind = "competitor_overtook" | "engine_changed";

/**
 * Things that happened to a project's rankings, read by the chart (and later by alerts). Failed
 * checks and lost links are read from their own tables; these are the ones nothing else keeps.
 */
export const keywordEvents = pgTable(
  "keyword_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => keywordProjects.id, { onDelete: "cascade" }),
    // null for project-wide events (an engine change).
    keywordId: uuid("keyword_id").references(() => trackedKeywords.id, { onDelete: "cascade" }),
    kind: text("kind").$type<KeywordEventKind>().notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    runId: uuid("run_id").references(() => keywordCheckRuns.id, { onDelete: "set null" }),
  },
  (t) => [
    index("keyword_events_project_time_idx").on(t.tenantId, t.projectId, t.at),
    // A re-delivered check records an overtake once per run, keyword and competitor.
    uniqueIndex("keyword_events_run_once_idx")
      .on(t.runId, t.keywordId, t.kind, sql`(${t.details}->>'competitorId')`)
      .where(sql`${t.runId} is not null`),
  ],
);

export type KeywordCompetitor = typeof keywordCompetitors.$inferSelect;
export type CompetitorCheck = typeof competitorChecks.$inferSelect;
export type KeywordEvent = typeof keywordEvents.$inferSelect;
