import "server-only";
// The monthly email of client reports (the 1st, 08:00 in the workspace's zone): a tick claims the reports whose email is due (moving each
// to the next month in the same transaction, so one instance claims it), and one job per report
// and month mails a fresh share link to its recipients.
import { and, asc, eq, isNotNull, lte } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { clientReports, tenants } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format/date-time";
import type { JobHandler } from "@/lib/jobs/contract";
import { enqueue } from "@/lib/jobs/enqueue";
import { defineHandler } from "@/lib/jobs/registry";
import { sendMail } from "@/lib/mail/send";
import { monthIn } from "../budgets/budget-month";
import { reportLinkMail } from "./report-mail";
import { nextMonthlySlot } from "./report-month";
import { createShareLink, revokeShareLink } from "./share-links";

/** A monthly link outlives the next month's email by two weeks. */
const LINK_DAYS = 45;

async function claimDueReport(db: Db, now: Date) {
  return db.transaction(async (tx) => {
    const [due] = await tx
      .select({ report: clientReports, timeZone: tenants.timeZone })
      .from(clientReports)
      .innerJoin(tenants, eq(tenants.id, clientReports.tenantId))
      .where(and(isNotNull(clientReports.nextEmailAt), lte(clientReports.nextEmailAt, now)))
      .orderBy(asc(clientReports.nextEmailAt))
      .limit(1)
      .for("update", { of: clientReports, skipLocked: true });
    if (!due) return undefined;
    // Missed months are not sent late one by one: the next slot is the next month's.
    await tx
      .update(clientReports)
      .set({ nextEmailAt: nextMonthlySlot(now, due.timeZone) })
      .where(eq(clientReports.id, due.report.id));
    // The month the email is for: the slot's, on the workspace's calendar.
    return { report: due.report, month: monthIn(due.report.nextEmailAt!, due.timeZone) };
  });
}

/** The tick: enqueues one email job per due report; safe on several instances. */
export async function claimDueReportEmails(db: Db, now = new Date(), limit = 200) {
  let queued = 0;
  while (queued < limit) {
    const claimed = await claimDueReport(db, now);
    if (!claimed) break;
    const { report, month } = claimed;
    await enqueue(
      db,
      "report-email",
      { tenantId: report.tenantId, reportId: report.id, month },
      { singletonKey: `${report.id}:${month}` },
    );
    queued++;
  }
  return { queued };
}

export const runReportEmailJob: JobHandler<"report-email"> = async (payload, { db }) => {
  const { tenantId, reportId, month } = payload;
  const [row] = await db
    .select({ report: clientReports, tenant: tenants })
    .from(clientReports)
    .innerJoin(tenants, eq(tenants.id, clientReports.tenantId))
    .where(and(eq(clientReports.tenantId, tenantId), eq(clientReports.id, reportId)));
  // Deleted, or the monthly email turned off since the tick: nothing to send.
  if (!row?.report.nextEmailAt || row.report.recipients.length === 0) return;
  const { token, link } = await createShareLink(db, tenantId, reportId, {
    expiresInDays: LINK_DAYS,
    createdBy: null,
  });
  const origin = new URL(env().APP_URL ?? "http://localhost:3000").origin;
  const expiresOn = formatDate(link.expiresAt, { locale: "en-GB", timeZone: row.tenant.timeZone });
  try {
    for (const to of row.report.recipients) {
      await sendMail(
        reportLinkMail({
          to,
          workspaceName: row.tenant.name,
          title: row.report.title,
          month,
          link: `${origin}/r/${token}`,
          expiresOn,
        }),
      );
    }
  } catch (error) {
    // The retry makes a new link: this one, never delivered whole, must not stay open.
    await revokeShareLink(db, tenantId, reportId, link.id);
    throw error;
  }
};

export const reportEmailHandler = defineHandler("report-email", runReportEmailJob, {
  rules: { policy: "exclusive", retryLimit: 3, retryDelaySeconds: 60 },
});

export const reportEmailsDueHandler = defineHandler(
  "report-emails-due",
  async (_payload, { db }) => {
    await claimDueReportEmails(db);
  },
  { rules: { policy: "exclusive", retryLimit: 1, expireInSeconds: 600 } },
);
