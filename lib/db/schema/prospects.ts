import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
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

/** A named set of link-building prospect domains. */
export const prospectLists = pgTable(
  "prospect_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("prospect_lists_tenant_idx").on(t.tenantId)],
);

/**
 * One domain of a list with its last metrics. Metrics and the last failure are kept apart so a
 * failed refresh never erases what an earlier fetch stored.
 */
export const prospects = pgTable(
  "prospects",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    listId: uuid("list_id")
      .notNull()
      .references(() => prospectLists.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    /** Order of addition, so the list reads as pasted. */
    position: integer("position").notNull(),
    // Each dialect fills only the pair it really returns: TF/CF (provider-v3) or Domain InLink
    // Rank / InLink Rank (data-v1). The other pair stays null.
    trustFlow: integer("trust_flow"),
    citationFlow: integer("citation_flow"),
    domainInlinkRank: integer("domain_inlink_rank"),
    inlinkRank: integer("inlink_rank"),
    referringDomains: integer("referring_domains"),
    totalBacklinks: integer("total_backlinks"),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }),
    errorKind: text("error_kind"),
    errorMessage: text("error_message"),
    // A few short labels per domain ("outreach", "guest post"): an array on the row rather than a
    // join table, since tags have no life of their own (no rename, colour or owner), a move
    // carries them with the row, and the list page already reads whole rows.
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    /** Where the domain came from when not pasted ("found by gap vs. a.com, b.com"). */
    origin: text("origin"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.domain] }),
    // Cache look-ups: "did this tenant fetch this domain recently, in any list?"
    index("prospects_tenant_domain_idx").on(t.tenantId, t.domain),
  ],
);

/** "interrupted" remains on runs of older versions (a process died); the job engine resumes now. */
export type ProspectRunStatus = "running" | "done" | "interrupted" | "failed" | "cancelled";

/** One bulk metrics fetch: its progress is stored as it goes, so a reload shows the same bar. */
export const prospectRuns = pgTable(
  "prospect_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    listId: uuid("list_id")
      .notNull()
      .references(() => prospectLists.id, { onDelete: "cascade" }),
    status: text("status").$type<ProspectRunStatus>().notNull(),
    /** "all": every domain without fresh metrics; "failed": only the domains that failed. */
    mode: text("mode").$type<"all" | "failed">().notNull(),
    total: integer("total").notNull(),
    done: integer("done").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    /** Domains answered from metrics fetched within the cache TTL (not asked again). */
    cached: integer("cached").notNull().default(0),
    /**
     * Upstream requests planned and finished: with the Data API each batch is two (counts from
     * /metrics, DT/PT from /authority), and progress counts both.
     */
    requestsTotal: integer("requests_total").notNull().default(0),
    requestsDone: integer("requests_done").notNull().default(0),
    /** Credits the run was estimated to cost when it started (shown before and during it). */
    estimatedCredits: integer("estimated_credits"),
    error: text("error"),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("prospect_runs_list_idx").on(t.tenantId, t.listId, t.startedAt),
    // The guard against two fetches of one list at once, across processes too.
    uniqueIndex("prospect_runs_one_running_idx").on(t.listId).where(sql`status = 'running'`),
  ],
);

/**
 * The domains one run fetches, each settled (with its failure kind, if any) in the same
 * transaction that stores its result and counts it: a re-delivered job fetches only the unsettled
 * ones, and a domain is never stored or counted twice.
 */
export const prospectRunDomains = pgTable(
  "prospect_run_domains",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => prospectRuns.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    position: integer("position").notNull(),
    settled: boolean("settled").notNull().default(false),
    errorKind: text("error_kind"),
  },
  (t) => [primaryKey({ columns: [t.runId, t.domain] })],
);

/** Per-tenant qualification rules; a tenant without a row uses DEFAULT_RULES. */
export const prospectRules = pgTable("prospect_rules", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  minTrustFlow: integer("min_trust_flow").notNull(),
  minRatio: doublePrecision("min_ratio").notNull(),
  spamMinCitationFlow: integer("spam_min_citation_flow").notNull(),
  spamMaxRatio: doublePrecision("spam_max_ratio").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ProspectList = typeof prospectLists.$inferSelect;
export type Prospect = typeof prospects.$inferSelect;
export type ProspectRun = typeof prospectRuns.$inferSelect;
