// A share link made through the public API: its URL opens the report, it is in the creating answer
// only (an Idempotency-Key replay is refused, not replayed), and nothing stored holds the URL.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { listAudit } from "@/lib/db/queries/audit";
import { apiIdempotency, reportShareLinks } from "@/lib/db/schema";
import { createToken } from "@/lib/services/api-tokens";
import { createList } from "@/lib/services/prospects/lists";
import { createReport } from "@/lib/services/reports/report-service";
import { reportForToken } from "@/lib/services/reports/share-links";
import { createTestDb } from "@/test/support/test-db";
import { type OwnerActor, twoOwnerTenants } from "@/test/support/two-tenants";

let handle: DbHandle;
let a: OwnerActor;
let reportId: string;
let secret: string;

vi.mock("@/lib/db", () => ({ getDb: async () => handle.db }));
vi.mock("@/lib/auth", () => ({}));

const route = await import("@/app/api/v1/reports/[reportId]/share-links/route");
const post = (key: string, body: unknown) =>
  route.POST(
    new Request(`http://localhost/api/v1/reports/${reportId}/share-links`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: {
        authorization: `Bearer ${secret}`,
        "content-type": "application/json",
        "idempotency-key": key,
      },
    }),
    { params: Promise.resolve({ reportId }) },
  );

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  ({ a } = await twoOwnerTenants(handle.db));
  const list = await createList(handle.db, a.tenantId, "Client prospects");
  const report = await createReport(handle.db, a.tenantId, {
    title: "March",
    clientDomain: "client.example",
    monitorId: null,
    projectId: null,
    listId: list.id,
    sections: ["prospects"],
    recipients: [],
    monthlyEmail: false,
  });
  reportId = report.id;
  ({ secret } = await createToken(handle.db, a, {
    name: "Share",
    scope: "write",
    ratePerMinute: 60,
  }));
});
afterAll(() => handle?.close());

describe("POST /api/v1/reports/:reportId/share-links", () => {
  it("answers a URL that opens the report, once: a replay of its key is refused", async () => {
    const first = await post("share-once", { expiresInDays: 7 });
    expect(first.status).toBe(201);
    const { url, link } = (await first.json()) as { url: string; link: { prefix: string } };
    const shareToken = new URL(url).pathname.replace(/^\/r\//, "");
    expect((await reportForToken(handle.db, shareToken)).id).toBe(reportId);
    expect(shareToken.startsWith(link.prefix)).toBe(true);

    const replay = await post("share-once", { expiresInDays: 7 });
    expect(replay.status).toBe(409);
    const replayText = await replay.text();
    expect(replayText).not.toContain(shareToken);
    // The retry made no second link.
    expect(await handle.db.select().from(reportShareLinks)).toHaveLength(1);

    // Neither the idempotency store, the link rows nor the audit trail hold the share token.
    const stored = JSON.stringify([
      await handle.db.select().from(apiIdempotency),
      await handle.db.select().from(reportShareLinks),
      await listAudit(handle.db, a.tenantId),
    ]);
    expect(stored).not.toContain(shareToken);
    const audit = await listAudit(handle.db, a.tenantId);
    expect(audit.map((e) => e.action)).toContain("report.share_link_created");
  });

  it("still replays a refusal: the same key after a 404 answers the same 404", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const ask = () =>
      route.POST(
        new Request(`http://localhost/api/v1/reports/${missing}/share-links`, {
          method: "POST",
          body: "{}",
          headers: {
            authorization: `Bearer ${secret}`,
            "content-type": "application/json",
            "idempotency-key": "share-missing",
          },
        }),
        { params: Promise.resolve({ reportId: missing }) },
      );
    const first = await ask();
    const again = await ask();
    expect([first.status, again.status]).toEqual([404, 404]);
    expect(again.headers.get("idempotency-replayed")).toBe("true");
  });
});
