// What the position chart marks besides overtakes: failed checks (from the runs), an engine
// change (recorded when it happens), and dofollow links from sources of authority ≥ 40 lost by
// the monitored project domain. Weak, nofollow and other domains' lost links are not marked.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { insertRun } from "@/lib/db/queries/keyword-checks";
import { findProject } from "@/lib/db/queries/keyword-projects";
import { backlinkChanges, backlinkSnapshots, monitoredDomains } from "@/lib/db/schema";
import { chartEvents } from "@/lib/services/keywords/competitors/chart-events";
import { changeEngine } from "@/lib/services/keywords/competitors/engine-change";
import { createProject } from "@/lib/services/keywords/project-service";
import { connectedTenant } from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

let handle: DbHandle;
let tenantId: string;
let projectId: string;
const T = (iso: string) => new Date(iso);

beforeAll(async () => {
  // The stored key is encrypted; no SE Ranking call is made here, so no simulator is started.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  handle = await createTestDb();
  ({ tenantId } = await connectedTenant(handle.db, "marks"));
  projectId = (
    await createProject(handle.db, tenantId, {
      domain: "marked-site.com",
      searchEngine: "google",
      location: "United States",
      scheduleEnabled: false,
    })
  ).id;
});
afterAll(async () => {
  await handle?.close();
});

async function lostLinks(
  domain: string,
  links: { ref: string; authority: number; nofollow: boolean }[],
) {
  const [monitor] = await handle.db
    .insert(monitoredDomains)
    .values({ tenantId, domain, nextSnapshotAt: T("2026-04-01T00:00:00Z") })
    .returning();
  const [snapshot] = await handle.db
    .insert(backlinkSnapshots)
    .values({
      tenantId,
      monitorId: monitor!.id,
      trigger: "scheduled",
      status: "done",
      dialect: "provider-v3",
      takenAt: T("2026-03-12T06:00:00Z"),
      asOf: "2026-03-12",
    })
    .returning();
  await handle.db.insert(backlinkChanges).values(
    links.map((l) => ({
      tenantId,
      snapshotId: snapshot!.id,
      kind: "link" as const,
      type: "lost" as const,
      refdomain: l.ref,
      sourceUrl: `https://${l.ref}/post`,
      authority: l.authority,
      nofollow: l.nofollow,
    })),
  );
}

describe("events on the position chart", () => {
  it("an engine change is recorded once, with where it came from and went to", async () => {
    const same = await changeEngine(handle.db, tenantId, projectId, {
      searchEngine: "google",
      location: "united states",
    });
    expect(same.changed).toBe(false);
    const moved = await changeEngine(
      handle.db,
      tenantId,
      projectId,
      { searchEngine: "bing", location: "United States" },
      T("2026-03-11T08:00:00Z"),
    );
    expect(moved.changed).toBe(true);
    expect(await findProject(handle.db, tenantId, projectId)).toMatchObject({
      searchEngine: "bing",
    });
  });

  it("lists failed checks, the engine change and strong lost links, oldest first", async () => {
    await insertRun(handle.db, tenantId, {
      projectId,
      trigger: "scheduled",
      status: "failed",
      checkedAt: T("2026-03-10T10:00:00Z"),
      error: "SE Ranking is not answering",
    });
    await insertRun(handle.db, tenantId, {
      projectId,
      trigger: "manual",
      status: "done",
      total: 4,
      failed: 1,
      checkedAt: T("2026-03-11T10:00:00Z"),
    });
    await lostLinks("marked-site.com", [
      { ref: "strong-news.com", authority: 55, nofollow: false },
      { ref: "weak-blog.com", authority: 39, nofollow: false },
      { ref: "strong-nofollow.com", authority: 80, nofollow: true },
    ]);
    await lostLinks("someone-else.com", [{ ref: "other.com", authority: 90, nofollow: false }]);

    const { events } = await chartEvents(handle.db, tenantId, projectId, T("2026-03-01T00:00:00Z"));
    expect(events.map((e) => [e.kind, e.at, e.text])).toEqual([
      ["check_failed", "2026-03-10T10:00:00.000Z", "Check failed: SE Ranking is not answering"],
      [
        "engine_changed",
        "2026-03-11T08:00:00.000Z",
        "Engine changed from google · United States to bing · United States",
      ],
      ["check_failed", "2026-03-11T10:00:00.000Z", "1 of 4 keywords failed in this check"],
      [
        "lost_link",
        "2026-03-12T06:00:00.000Z",
        "Lost a dofollow link from strong-news.com (authority 55)",
      ],
    ]);
    // A period that starts later leaves the earlier ones out.
    const later = await chartEvents(handle.db, tenantId, projectId, T("2026-03-12T00:00:00Z"));
    expect(later.events.map((e) => e.kind)).toEqual(["lost_link"]);
  });
});
