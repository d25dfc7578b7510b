import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { insertMonitor } from "@/lib/db/queries/backlink-monitoring";
import { reportShareLinks } from "@/lib/db/schema";
import { createOwnerAccount } from "@/lib/services/accounts";
import { addDomains, createList } from "@/lib/services/prospects/lists";
import { createTestDb } from "@/test/support/test-db";
import { createReport } from "./report-service";
import {
  createShareLink,
  listShareLinks,
  reportForToken,
  revokeShareLink,
  setShareLinkExpiry,
} from "./share-links";
import { newShareToken } from "./share-token";
import { buildSharedReport } from "./shared-report";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
let handle: DbHandle;
const tenants: Record<"a" | "b", string> = { a: "", b: "" };
let reportId = "";
let listId = "";

beforeAll(async () => {
  // The report's sections read the workspace's settings, which parse the server environment.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  for (const label of ["a", "b"] as const) {
    const { tenant } = await createOwnerAccount(handle.db, {
      name: label,
      email: `reports-${label}@example.test`,
      password: `password-${label}-123`,
      tenantName: `Reports ${label}`,
      tenantSlug: `reports-${label}`,
    });
    tenants[label] = tenant.id;
  }
  const list = await createList(handle.db, tenants.a, "Acme prospects");
  listId = list.id;
  await addDomains(handle.db, tenants.a, listId, ["good-example.com", "other-example.com"]);
  const monitor = await insertMonitor(handle.db, tenants.a, {
    domain: "acme.com",
    intervalDays: 7,
    nextSnapshotAt: new Date("2026-12-09T00:00:00Z"),
  });
  const report = await createReport(handle.db, tenants.a, {
    title: "Acme monthly",
    clientDomain: "acme.com",
    monitorId: monitor.id,
    projectId: null,
    listId,
    sections: ["backlinks", "prospects"],
    recipients: [],
    monthlyEmail: false,
  });
  reportId = report.id;
});
afterAll(() => handle.close());

const NOW = new Date("2026-12-02T10:00:00Z");
const DAY = 86_400_000;

describe("share-link look-ups", () => {
  it("opens the report of a live link, stores only the token's digest, and shows no ids", async () => {
    const { db } = handle;
    const { token, link } = await createShareLink(
      db,
      tenants.a,
      reportId,
      { expiresInDays: 30, createdBy: null },
      NOW,
    );
    expect(link.expiresAt).toBe(new Date(NOW.getTime() + 30 * DAY).toISOString());
    const report = await reportForToken(db, token, NOW);
    expect(report.id).toBe(reportId);
    const rows = await db
      .select()
      .from(reportShareLinks)
      .where(eq(reportShareLinks.reportId, reportId));
    expect(JSON.stringify(rows)).not.toContain(token);
    const shared = await buildSharedReport(db, report, NOW);
    expect(shared.title).toBe("Acme monthly");
    expect(shared.prospects?.total).toBe(2);
    expect(shared.backlinks?.domain).toBe("acme.com");
    expect(JSON.stringify(shared)).not.toMatch(UUID);
  });

  it("answers 404 for a revoked link, and revoking again changes nothing", async () => {
    const { db } = handle;
    const { token, link } = await createShareLink(
      db,
      tenants.a,
      reportId,
      { expiresInDays: 7, createdBy: null },
      NOW,
    );
    const revoked = await revokeShareLink(db, tenants.a, reportId, link.id, NOW);
    expect(revoked.state).toBe("revoked");
    await expect(reportForToken(db, token, NOW)).rejects.toMatchObject({ code: "not_found" });
    const again = await revokeShareLink(
      db,
      tenants.a,
      reportId,
      link.id,
      new Date(NOW.getTime() + DAY),
    );
    expect(again.revokedAt).toBe(NOW.toISOString());
  });

  it("answers 404 once expired, by the clock or by an expiry moved into the past", async () => {
    const { db } = handle;
    const { token, link } = await createShareLink(
      db,
      tenants.a,
      reportId,
      { expiresInDays: 7, createdBy: null },
      NOW,
    );
    const justBefore = new Date(NOW.getTime() + 7 * DAY - 1);
    await expect(reportForToken(db, token, justBefore)).resolves.toMatchObject({ id: reportId });
    await expect(
      reportForToken(db, token, new Date(NOW.getTime() + 7 * DAY)),
    ).rejects.toMatchObject({ code: "not_found" });
    const live = await createShareLink(db, tenants.a, reportId, {
      expiresInDays: 30,
      createdBy: null,
    });
    await expect(reportForToken(db, live.token)).resolves.toMatchObject({ id: reportId });
    await setShareLinkExpiry(db, tenants.a, reportId, live.link.id, new Date(Date.now() - 1000));
    await expect(reportForToken(db, live.token)).rejects.toMatchObject({ code: "not_found" });
    expect(link.state).toBe("active");
  });

  it("answers 404 for unknown and malformed tokens", async () => {
    const { db } = handle;
    await expect(reportForToken(db, newShareToken().token, NOW)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(reportForToken(db, reportId, NOW)).rejects.toMatchObject({ code: "not_found" });
  });

  it("gives another workspace nothing: its sources, reports and links are all 404", async () => {
    const { db } = handle;
    const { link } = await createShareLink(
      db,
      tenants.a,
      reportId,
      { expiresInDays: 7, createdBy: null },
      NOW,
    );
    const input = {
      title: "Stolen",
      clientDomain: "acme.com",
      monitorId: null,
      projectId: null,
      listId,
      sections: ["prospects" as const],
      recipients: [],
      monthlyEmail: false,
    };
    await expect(createReport(db, tenants.b, input)).rejects.toMatchObject({ code: "not_found" });
    await expect(listShareLinks(db, tenants.b, reportId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      createShareLink(db, tenants.b, reportId, { expiresInDays: 7, createdBy: null }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(revokeShareLink(db, tenants.b, reportId, link.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      setShareLinkExpiry(db, tenants.b, reportId, link.id, new Date(0)),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    // The link still works for its holder: B's attempts changed nothing.
    const links = await listShareLinks(db, tenants.a, reportId);
    expect(links.find((l) => l.id === link.id)?.revokedAt).toBeNull();
  });
});
