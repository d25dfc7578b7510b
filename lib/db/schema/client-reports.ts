import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { monitoredDomains } from "./backlink-monitoring";
import { keywordProjects } from "./keywords";
import { prospectLists } from "./prospects";
import { tenants } from "./tenants";
import { users } from "./users";

/**
 * A report for one client: which of the workspace's data it shows (a monitored domain, a keyword
 * project, a prospect list; each optional, set null when that source is deleted) and which
 * sections. Recipients get the share link by email once a month when `monthlyEmail` is on.
 */
export const clientReports = pgTable(
  "client_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    clientDomain: text("client_domain").notNull(),
    monitorId: uuid("monitor_id").references(() => monitoredDomains.id, { onDelete: "set null" }),
    projectId: uuid("project_id").references(() => keywordProjects.id, { onDelete: "set null" }),
    listId: uuid("list_id").references(() => prospectLists.id, { onDelete: "set null" }),
    sections: text("sections").array().notNull(),
    recipients: text("recipients").array().notNull(),
    // When the next monthly email is due; null = no monthly email.
    nextEmailAt: timestamp("next_email_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("client_reports_tenant_idx").on(t.tenantId, t.createdAt),
    index("client_reports_email_due_idx").on(t.nextEmailAt),
  ],
);

/**
 * A read-only link to a report for people without a login. Only the SHA-256 digest of the token
 * is kept (256 random bits: a salt or a slow hash adds nothing), so a database leak opens nothing.
 */
export const reportShareLinks = pgTable(
  "report_share_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    reportId: uuid("report_id")
      .notNull()
      .references(() => clientReports.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("report_share_links_hash_idx").on(t.tokenHash),
    index("report_share_links_report_idx").on(t.tenantId, t.reportId),
  ],
);

/** The workspace's look on client reports: a small logo (kept as base64 with its type) and colour. */
export const reportBranding = pgTable("report_branding", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  logoType: text("logo_type"),
  logoBase64: text("logo_base64"),
  brandColor: text("brand_color").notNull().default("#1d4ed8"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ClientReport = typeof clientReports.$inferSelect;
export type ReportShareLink = typeof reportShareLinks.$inferSelect;
export type ReportBranding = typeof reportBranding.$inferSelect;
