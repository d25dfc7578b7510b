import "server-only";
// A workspace's client reports: create, edit, list, delete. Every source a report names is
// checked to be this workspace's, so a report can never show another workspace's data.
import { and, desc, eq } from "drizzle-orm";
import { notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { type ClientReport, clientReports, tenants } from "@/lib/db/schema";
import type { ReportInput, ReportSection } from "@/lib/validations/reports";
import { requireProject } from "../keywords/project-service";
import { requireMonitor } from "../monitoring/monitor-service";
import { requireList } from "../prospects/lists";
import { nextMonthlySlot } from "./report-month";

/** A report as the Reports page sees it (members only: ids are fine here). */
export interface ReportView {
  id: string;
  title: string;
  clientDomain: string;
  monitorId: string | null;
  projectId: string | null;
  listId: string | null;
  sections: ReportSection[];
  recipients: string[];
  monthlyEmail: boolean;
  nextEmailAt: string | null;
  updatedAt: string;
}

export const reportView = (r: ClientReport): ReportView => ({
  id: r.id,
  title: r.title,
  clientDomain: r.clientDomain,
  monitorId: r.monitorId,
  projectId: r.projectId,
  listId: r.listId,
  sections: r.sections as ReportSection[],
  recipients: r.recipients,
  monthlyEmail: r.nextEmailAt !== null,
  nextEmailAt: r.nextEmailAt?.toISOString() ?? null,
  updatedAt: r.updatedAt.toISOString(),
});

async function checkSources(db: Db, tenantId: string, input: ReportInput) {
  if (input.monitorId) await requireMonitor(db, tenantId, input.monitorId);
  if (input.projectId) await requireProject(db, tenantId, input.projectId);
  if (input.listId) await requireList(db, tenantId, input.listId);
}

async function workspaceZone(db: Db, tenantId: string) {
  const [row] = await db
    .select({ timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row?.timeZone ?? "UTC";
}

function rowFields(input: ReportInput, now: Date, timeZone: string, current?: ClientReport) {
  // Keep the month's slot when the email stays on; start one when it is turned on.
  const nextEmailAt = input.monthlyEmail
    ? (current?.nextEmailAt ?? nextMonthlySlot(now, timeZone))
    : null;
  return {
    title: input.title,
    clientDomain: input.clientDomain,
    monitorId: input.monitorId,
    projectId: input.projectId,
    listId: input.listId,
    sections: input.sections,
    recipients: input.recipients,
    nextEmailAt,
    updatedAt: now,
  };
}

export async function listReports(db: Db, tenantId: string): Promise<ReportView[]> {
  const rows = await db
    .select()
    .from(clientReports)
    .where(eq(clientReports.tenantId, tenantId))
    .orderBy(desc(clientReports.createdAt));
  return rows.map(reportView);
}

export async function requireReport(db: Db, tenantId: string, reportId: string) {
  const [row] = await db
    .select()
    .from(clientReports)
    .where(and(eq(clientReports.tenantId, tenantId), eq(clientReports.id, reportId)));
  if (!row) throw notFound("This report");
  return row;
}

export async function createReport(db: Db, tenantId: string, input: ReportInput, now = new Date()) {
  await checkSources(db, tenantId, input);
  const [row] = await db
    .insert(clientReports)
    .values({ tenantId, ...rowFields(input, now, await workspaceZone(db, tenantId)) })
    .returning();
  return reportView(row!);
}

export async function updateReport(
  db: Db,
  tenantId: string,
  reportId: string,
  input: ReportInput,
  now = new Date(),
) {
  const current = await requireReport(db, tenantId, reportId);
  await checkSources(db, tenantId, input);
  const [row] = await db
    .update(clientReports)
    .set(rowFields(input, now, await workspaceZone(db, tenantId), current))
    .where(and(eq(clientReports.tenantId, tenantId), eq(clientReports.id, reportId)))
    .returning();
  return reportView(row!);
}

export async function deleteReport(db: Db, tenantId: string, reportId: string) {
  await requireReport(db, tenantId, reportId);
  await db
    .delete(clientReports)
    .where(and(eq(clientReports.tenantId, tenantId), eq(clientReports.id, reportId)));
}
