import { sql } from "drizzle-orm";
import { bigint, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { keywordProjects } from "./keywords";
import { tenants } from "./tenants";

/**
 * The "at a glance" running totals after each check instant of a project (one row per instant,
 * ~365 a year), kept so a page load reads them instead of summing the whole history. `totals`
 * holds GLANCE_COLUMNS (lib/db/queries/glance-sql.ts) in that order. Derived data: it can be
 * deleted at any time and is recomputed from keyword_checks on the next read.
 */
export const keywordGlancePoints = pgTable(
  "keyword_glance_points",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => keywordProjects.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull(),
    totals: bigint("totals", { mode: "number" }).array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.at] })],
);

/**
 * What the stored points were computed from: every check row up to `lastCheckId` (history is
 * append-only; later ids are added incrementally) over the keywords in `keywordIds` (a removed
 * keyword takes its history with it, so its absence means a full recompute; an added one
 * changes nothing until it is checked). `version` names the formula: a changed formula
 * recomputes rather than mixing two.
 */
export const keywordGlanceMarks = pgTable("keyword_glance_marks", {
  projectId: uuid("project_id")
    .primaryKey()
    .references(() => keywordProjects.id, { onDelete: "cascade" }),
  tenantId: uuid("tenant_id")
    .notNull()
    .references(() => tenants.id, { onDelete: "cascade" }),
  lastCheckId: bigint("last_check_id", { mode: "number" }),
  keywordIds: uuid("keyword_ids").array().notNull().default(sql`'{}'::uuid[]`),
  version: text("version").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
