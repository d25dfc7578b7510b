import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { clientReports } from "@/lib/db/schema";
import type { Engine } from "@/lib/jobs/engine";
import type { MailCatcher } from "@/scripts/lib/mail-catcher";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import { mailTestEnv } from "@/test/support/mail-env";
import { createTestDb } from "@/test/support/test-db";

let catcher: MailCatcher;
let handle: DbHandle;
let engine: Engine;
let tenantId = "";
let listId = "";

beforeAll(async () => {
  catcher = await mailTestEnv(); // before anything reads env()
  handle = await createTestDb();
  const { reportEmailHandler } = await import("./monthly-email");
  engine = await startTestEngine(handle, [reportEmailHandler]);
  const { createOwnerAccount } = await import("@/lib/services/accounts");
  const { createList } = await import("@/lib/services/prospects/lists");
  const { tenant } = await createOwnerAccount(handle.db, {
    name: "Owner",
    email: "monthly-owner@example.test",
    password: "password-monthly-123",
    tenantName: "Monthly Agency",
    tenantSlug: "monthly-agency",
  });
  tenantId = tenant.id;
  listId = (await createList(handle.db, tenantId, "Prospects")).id;
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await catcher?.close();
});

const input = (over: object) => ({
  title: "Acme monthly",
  clientDomain: "acme.com",
  monitorId: null,
  projectId: null,
  listId,
  sections: ["prospects" as const],
  recipients: ["anna@client.example", "ben@client.example"],
  monthlyEmail: true,
  ...over,
});

describe("monthly report email", () => {
  it("mails each recipient a working share link once, on the first of the month", async () => {
    const { createReport } = await import("./report-service");
    const { claimDueReportEmails } = await import("./monthly-email");
    const { reportForToken } = await import("./share-links");
    const created = new Date("2026-11-15T12:00:00Z");
    const report = await createReport(handle.db, tenantId, input({}), created);
    expect(report.nextEmailAt).toBe("2026-12-01T08:00:00.000Z");
    const off = await createReport(
      handle.db,
      tenantId,
      input({ title: "Off", monthlyEmail: false }),
      created,
    );
    expect(off.nextEmailAt).toBeNull();

    // Not due yet a minute before.
    expect(await claimDueReportEmails(handle.db, new Date("2026-12-01T07:59:00Z"))).toEqual({
      queued: 0,
    });
    const due = new Date("2026-12-01T08:00:30Z");
    expect(await claimDueReportEmails(handle.db, due)).toEqual({ queued: 1 });
    // Claimed once: a second tick (another instance) finds nothing.
    expect(await claimDueReportEmails(handle.db, due)).toEqual({ queued: 0 });

    const mails = await waitFor("both report mails", () =>
      catcher.messages.filter((m) => m.subject.includes("Acme monthly")).length >= 2
        ? catcher.messages.filter((m) => m.subject.includes("Acme monthly"))
        : null,
    );
    expect(mails.flatMap((m) => m.to).sort()).toEqual([
      "anna@client.example",
      "ben@client.example",
    ]);
    expect(mails[0]!.subject).toBe("Acme monthly: your report for 2026-12");
    const link = /https?:\/\/\S+\/r\/(srr_[A-Za-z0-9_-]{43})/.exec(mails[0]!.text);
    expect(link).not.toBeNull();
    const opened = await reportForToken(handle.db, link![1]!);
    expect(opened.id).toBe(report.id);
    expect(catcher.messages.some((m) => m.subject.startsWith("Off"))).toBe(false);

    const [row] = await handle.db
      .select()
      .from(clientReports)
      .where(eq(clientReports.id, report.id));
    expect(row!.nextEmailAt?.toISOString()).toBe("2027-01-01T08:00:00.000Z");
  });
});
