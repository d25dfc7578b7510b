import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

export type AlertRuleKind =
  | "keyword_top_n"
  | "keyword_drop"
  | "competitor_overtake"
  | "backlink_lost"
  | "backlink_new"
  | "integration_attention"
  | "credits_low"
  | "budget_reached";

/** What a rule's kind reads; only the fields its kind needs are set (validated by zod). */
export interface AlertRuleParams {
  /** keyword_top_n: the boundary (3, 10 or 100) and which crossings count. */
  topN?: 3 | 10 | 100;
  direction?: "enter" | "leave" | "both";
  /** keyword_drop: positions lost in one check (out of the top 100 counts as 101). */
  dropBy?: number;
  /** backlink_lost / backlink_new: the least authority of the linking domain. */
  minAuthority?: number;
  /** credits_low: alert when the credits left this month fall below this. */
  creditsBelow?: number;
}

/** A workspace's alert rule: what to watch, and where and how often to say so. */
export const alertRules = pgTable(
  "alert_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind").$type<AlertRuleKind>().notNull(),
    params: jsonb("params").$type<AlertRuleParams>().notNull().default(sql`'{}'::jsonb`),
    // Keyword rules may watch one project; null = every project of the workspace.
    projectId: uuid("project_id"),
    // "digest": the day's events go out together once a day instead of one by one.
    frequency: text("frequency").$type<"instant" | "digest">().notNull().default("instant"),
    emailTo: text("email_to").array().notNull().default(sql`'{}'::text[]`),
    endpointIds: uuid("endpoint_ids").array().notNull().default(sql`'{}'::uuid[]`),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alert_rules_tenant_idx").on(t.tenantId)],
);

/** A webhook receiver. Its URL and signing secret are stored sealed (lib/crypto/envelope). */
export const alertEndpoints = pgTable(
  "alert_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // A Slack URL is itself a credential: only its host is ever shown again.
    urlEnvelope: text("url_envelope").notNull(),
    urlHint: text("url_hint").notNull(),
    secretEnvelope: text("secret_envelope").notNull(),
    format: text("format").$type<"json" | "slack">().notNull().default("json"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alert_endpoints_tenant_idx").on(t.tenantId)],
);

/** One thing a rule noticed. The unique key makes a re-evaluation record (and alert) nothing. */
export const alertEvents = pgTable(
  "alert_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    ruleId: uuid("rule_id")
      .notNull()
      .references(() => alertRules.id, { onDelete: "cascade" }),
    // rule + subject + occurrence, e.g. "<keywordId>:<runId>:left-10".
    dedupeKey: text("dedupe_key").notNull(),
    title: text("title").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    // Digest rules: set when the event went out in a digest (null = still waiting).
    digestedAt: timestamp("digested_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("alert_events_rule_dedupe_idx").on(t.ruleId, t.dedupeKey),
    index("alert_events_digest_idx").on(t.ruleId, t.digestedAt),
  ],
);

export interface DeliveryAttempt {
  at: string;
  statusCode: number | null;
  error: string | null;
}

/** One message to one channel (an email address or an endpoint); its attempts are the log. */
export const alertDeliveries = pgTable(
  "alert_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    ruleId: uuid("rule_id").references(() => alertRules.id, { onDelete: "set null" }),
    endpointId: uuid("endpoint_id").references(() => alertEndpoints.id, { onDelete: "set null" }),
    channel: text("channel").$type<"webhook" | "email">().notNull(),
    // The address, or the endpoint's name and host: what the log shows.
    target: text("target").notNull(),
    kind: text("kind").$type<"alert" | "digest" | "test">().notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<"pending" | "delivered" | "failed">().notNull(),
    attempts: jsonb("attempts").$type<DeliveryAttempt[]>().notNull().default(sql`'[]'::jsonb`),
    lastStatusCode: integer("last_status_code"),
    // Set once its job is in the queue. Rows commit before their jobs are sent, so a process
    // that dies in between leaves rows without one: the hourly tick enqueues those (stranded).
    enqueuedAt: timestamp("enqueued_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("alert_deliveries_tenant_time_idx").on(t.tenantId, t.createdAt),
    index("alert_deliveries_stranded_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending' and ${t.enqueuedAt} is null`),
  ],
);

export type AlertRule = typeof alertRules.$inferSelect;
export type AlertEndpoint = typeof alertEndpoints.$inferSelect;
export type AlertEvent = typeof alertEvents.$inferSelect;
export type AlertDelivery = typeof alertDeliveries.$inferSelect;
