// The rankings table's one query, on a hand-made history whose every answer is known: ties on
// checked_at, failed checks (even one carrying a position), unranked checks, the "week" and
// "month" look-backs, best ever, a keyword never checked and another project's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { createOwnerAccount } from "@/lib/services/accounts";
import { createTestDb } from "@/test/support/test-db";
import { keywordChecks, keywordProjects, trackedKeywords } from "../schema";
import { type KeywordRankingRecord, keywordRankings } from "./keyword-rankings";

let handle: DbHandle;
let tenantId: string;
let projectId: string;
const ids: Record<string, string> = {};

const day = (d: number, hour = 6) => new Date(Date.UTC(2026, 2, d, hour));

type Check = { d: number; hour?: number; position: number | null; status?: "ok" | "failed" };

async function project(domain: string) {
  const [row] = await handle.db
    .insert(keywordProjects)
    .values({ tenantId, domain, searchEngine: "google", location: "US", nextCheckAt: day(1) })
    .returning();
  return row!.id;
}

async function keyword(project: string, name: string, created: number, checks: Check[]) {
  const [row] = await handle.db
    .insert(trackedKeywords)
    .values({ tenantId, projectId: project, keyword: name, createdAt: day(1, created) })
    .returning();
  ids[name] = row!.id;
  // One insert per check, in order: ids grow with insertion, which breaks checked_at ties.
  for (const c of checks) {
    const status = c.status ?? "ok";
    await handle.db.insert(keywordChecks).values({
      tenantId,
      projectId: project,
      keywordId: row!.id,
      position: c.position,
      url: c.position === null ? null : `https://example.com/${name}`,
      status,
      error: status === "failed" ? "upstream failed" : null,
      checkedAt: day(c.d, c.hour),
    });
  }
}

beforeAll(async () => {
  handle = await createTestDb();
  const { tenant } = await createOwnerAccount(handle.db, {
    name: "Owner",
    email: "rankings@example.test",
    password: "correct-horse-42",
    tenantName: "Rankings",
    tenantSlug: "rankings",
  });
  tenantId = tenant.id;
  projectId = await project("example.com");

  // Daily 1..31: 50 - d, except a best of 3 on day 5, unranked on day 20, a failed check on
  // day 24, and a failed check on day 10 that (wrongly) carries position 1 and must not count.
  const daily: Check[] = [];
  for (let d = 1; d <= 30; d++) {
    if (d === 5) daily.push({ d, position: 3 });
    else if (d === 20) daily.push({ d, position: null });
    else if (d === 24) daily.push({ d, position: null, status: "failed" });
    else if (d === 10) daily.push({ d, position: 1, status: "failed" });
    else daily.push({ d, position: 50 - d });
  }
  // Two checks with the same checked_at: the later row (higher id) is the latest.
  daily.push({ d: 31, position: 20 }, { d: 31, position: 19 });
  await keyword(projectId, "ties and failures", 1, daily);

  const failedLast: Check[] = [];
  for (let d = 1; d <= 10; d++) failedLast.push({ d, position: 10 });
  failedLast.push({ d: 11, position: null, status: "failed" });
  await keyword(projectId, "latest failed", 2, failedLast);

  await keyword(projectId, "never ranked", 3, [
    { d: 1, position: null },
    { d: 2, position: null },
    { d: 3, position: null },
  ]);
  await keyword(projectId, "never checked", 4, []);
  // A week is 7 days less 12 hours: a check 6 days 12 hours before the latest still counts.
  await keyword(projectId, "late check", 5, [
    { d: 1, hour: 18, position: 30 },
    { d: 2, hour: 6, position: 40 },
    { d: 8, hour: 6, position: 35 },
  ]);

  const other = await project("other.example");
  await keyword(other, "other project", 0, [{ d: 1, position: 1 }]);
});
afterAll(() => handle?.close());

const none = {
  status: null,
  position: null,
  url: null,
  volume: null,
  error: null,
  checkedAt: null,
  previousStatus: null,
  previousPosition: null,
  weekStatus: null,
  weekPosition: null,
  monthStatus: null,
  monthPosition: null,
  best: null,
  goodPosition: null,
  goodUrl: null,
  goodVolume: null,
  goodCheckedAt: null,
  goodPreviousStatus: null,
  goodPreviousPosition: null,
};

describe("keywordRankings", () => {
  let rows: KeywordRankingRecord[];
  const row = (name: string) => rows.find((r) => r.keyword === name)!;

  beforeAll(async () => {
    rows = await keywordRankings(handle.db, tenantId, projectId);
  });

  it("lists the project's keywords only, oldest first", () => {
    expect(rows.map((r) => r.keyword)).toEqual([
      "ties and failures",
      "latest failed",
      "never ranked",
      "never checked",
      "late check",
    ]);
  });

  it("breaks checked_at ties by row id, looks back a week and a month to good checks only", () => {
    expect(row("ties and failures")).toMatchObject({
      status: "ok",
      position: 19,
      url: "https://example.com/ties and failures",
      checkedAt: day(31),
      previousStatus: "ok",
      previousPosition: 20,
      // Day 24 (the last check ≥ 6.5 days back) failed: the week compares with day 23.
      weekStatus: "ok",
      weekPosition: 27,
      monthStatus: "ok",
      monthPosition: 49,
      // The failed check's position 1 does not count; unranked checks have none.
      best: 3,
    });
  });

  it("shows a failed latest check as failed, never the position before it", () => {
    expect(row("latest failed")).toMatchObject({
      status: "failed",
      position: null,
      error: "upstream failed",
      checkedAt: day(11),
      previousStatus: "ok",
      previousPosition: 10,
      weekStatus: "ok",
      weekPosition: 10,
      monthStatus: null,
      monthPosition: null,
      best: 10,
    });
  });

  it("has no best position for a keyword never ranked, and nothing for one never checked", () => {
    expect(row("never ranked")).toMatchObject({
      status: "ok",
      position: null,
      previousStatus: "ok",
      previousPosition: null,
      weekStatus: null,
      best: null,
    });
    expect(row("never checked")).toMatchObject({ ...none, tags: [] });
  });

  it("counts a check 6.5 days earlier as a week ago, and not one 6 days earlier", () => {
    expect(row("late check")).toMatchObject({
      position: 35,
      previousPosition: 40,
      weekStatus: "ok",
      weekPosition: 30,
      best: 30,
    });
  });

  it("reads nothing for another tenant", async () => {
    const stranger = "00000000-0000-4000-8000-000000000000";
    expect(await keywordRankings(handle.db, stranger, projectId)).toEqual([]);
  });
});
