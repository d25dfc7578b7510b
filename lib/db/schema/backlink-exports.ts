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
import type { TextFilters } from "@/lib/validations/backlink-filters";
import { tenants } from "./tenants";
import { users } from "./users";

// A whole-list backlink export runs as a job: it walks the list page by page and stores the CSV
// here, in the database, so any instance can serve the download and a closed tab loses nothing.

export type BacklinkExportStatus = "queued" | "running" | "done" | "failed" | "cancelled";

/**
 * Why an export stopped, stored and shown with its row count. Only `end_of_list` means the file
 * holds the whole list; the others leave a partial file that can be downloaded or resumed.
 */
export type BacklinkExportStop = "end_of_list" | "limit" | "out_of_credits" | "cancelled" | "error";

export const backlinkExports = pgTable(
  "backlink_exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    /** The list view exported: SE Ranking's order and the dofollow filter. */
    sort: text("sort").notNull(),
    dofollow: boolean("dofollow").notNull(),
    /** Anchor / source URL text filters the file applies ({} = every row). */
    filters: jsonb("filters").$type<TextFilters>().notNull().default({}),
    /** The key's dialect at the start: it names the CSV's authority columns. */
    dialect: text("dialect").notNull(),
    status: text("status").$type<BacklinkExportStatus>().notNull(),
    rowsWritten: integer("rows_written").notNull().default(0),
    /** Known only once the list's end was reached (the summary's count is not trusted). */
    total: integer("total"),
    stopReason: text("stop_reason").$type<BacklinkExportStop>(),
    /** What happened and what to do, for the user; never internal detail. */
    error: text("error"),
    /** The walk position: the next list page to fetch (pages of EXPORT_PAGE_SIZE rows). */
    nextPage: integer("next_page").notNull().default(1),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("backlink_exports_tenant_domain_idx").on(t.tenantId, t.domain, t.createdAt)],
);

/**
 * The file, in order: chunk 0 is the header, chunk N the CSV lines of list page N. Written in the
 * same transaction as the export's checkpoint, so a page is stored exactly once.
 */
export const backlinkExportChunks = pgTable(
  "backlink_export_chunks",
  {
    exportId: uuid("export_id")
      .notNull()
      .references(() => backlinkExports.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    rows: integer("rows").notNull(),
    content: text("content").notNull(),
  },
  (t) => [primaryKey({ columns: [t.exportId, t.seq] })],
);

export type BacklinkExport = typeof backlinkExports.$inferSelect;
