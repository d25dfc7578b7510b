// Schedules per project over several weeks, with the scheduler's clock injected: a weekly
// Monday schedule checks exactly once per Monday at its local time (across a DST change, and
// when its time moves later on a Monday already checked); "Check now" never moves any schedule;
// SE Ranking's rank tracker holds the same schedule (check_freq / check_day) both ways.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findProject } from "@/lib/db/queries/keyword-projects";
import { keywordCheckRuns, tenants } from "@/lib/db/schema";
import type { Engine } from "@/lib/jobs/engine";
import { handlers } from "@/lib/jobs/handlers";
import { localParts } from "@/lib/keywords/schedule/next-due";
import { claimDueChecks, startManualCheck } from "@/lib/services/keywords/check-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import {
  getProjectSchedule,
  setProjectSchedule,
} from "@/lib/services/keywords/schedule/schedule-service";
import { PROJECT_API_DEMO_KEY } from "@/simulator/keys";
import type { RunningSimulator } from "@/simulator/start-simulator";
import { startTestEngine, waitFor } from "@/test/support/jobs";
import {
  connectedTenant,
  settledCheck,
  startKeywordSimulator,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";
import { trackerTenant } from "@/test/support/tracker-fixture";

const TZ = "Europe/Berlin";
const target = {
  searchEngine: "google",
  location: "United States",
  scheduleEnabled: true,
} as const;

let handle: DbHandle;
let engine: Engine;
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startKeywordSimulator("2026-03-04");
  handle = await createTestDb();
  engine = await startTestEngine(handle, handlers);
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});

async function berlinTenant(label: string) {
  const { tenantId } = await connectedTenant(handle.db, label);
  await handle.db.update(tenants).set({ timeZone: TZ }).where(eq(tenants.id, tenantId));
  return tenantId;
}

const runsOf = (tenantId: string, projectId: string) =>
  handle.db
    .select()
    .from(keywordCheckRuns)
    .where(and(eq(keywordCheckRuns.tenantId, tenantId), eq(keywordCheckRuns.projectId, projectId)))
    .orderBy(keywordCheckRuns.checkedAt);

const settled = (tenantId: string, projectId: string) =>
  waitFor("the project's checks to end", async () => {
    const runs = await runsOf(tenantId, projectId);
    return runs.every((r) => r.status !== "running") ? runs : null;
  });

/** The scheduler's tick at `now`, then waits for what it started. */
async function tick(tenantId: string, projectId: string, now: Date) {
  const { queued } = await claimDueChecks(handle.db, { clock: () => now });
  await settled(tenantId, projectId);
  return queued;
}

const berlinDay = (d: Date) => {
  const p = localParts(d, TZ);
  return `${p.y}-${String(p.m).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`;
};

describe("a weekly schedule on Monday, driven by an injected clock", () => {
  it("checks exactly once on each due Monday for five weeks", async () => {
    const tenantId = await berlinTenant("weekly");
    const start = new Date("2026-03-04T09:00:00Z"); // a Wednesday; ticks at 09, 15, 21, 03 UTC
    const project = await createProject(
      handle.db,
      tenantId,
      { domain: "weekly.example", ...target },
      start,
    );
    await addKeywords(handle.db, tenantId, project.id, {
      text: "rank tracker\nseo audit",
      tags: [],
    });
    const set = await setProjectSchedule(
      handle.db,
      tenantId,
      project.id,
      { frequency: "weekly", day: 1, time: "09:00" },
      start,
    );
    expect(set).toMatchObject({ frequency: "weekly", day: 1, time: "09:00", timeZone: TZ });
    expect(set.nextCheckAt).toBe("2026-03-09T08:00:00.000Z"); // 09:00 CET

    const end = new Date("2026-04-08T00:00:00Z");
    for (let t = start.getTime(); t < end.getTime(); t += 6 * 3_600_000) {
      const now = new Date(t);
      await tick(tenantId, project.id, now);
      // Monday 16 March, 16:00 Berlin, after that day's check: the time moves to 15:00.
      if (now.toISOString() === "2026-03-16T15:00:00.000Z") {
        const later = await setProjectSchedule(
          handle.db,
          tenantId,
          project.id,
          { frequency: "weekly", day: 1, time: "15:00" },
          now,
        );
        expect(later.nextCheckAt).toBe("2026-03-23T14:00:00.000Z"); // not that afternoon
      }
      // Wednesday 18 March: "Check now" is an extra check; the schedule stays put.
      if (now.toISOString() === "2026-03-18T15:00:00.000Z") {
        const before = (await findProject(handle.db, tenantId, project.id))!.nextCheckAt;
        const { run } = await startManualCheck(handle.db, tenantId, project.id, now);
        expect((await settledCheck(handle.db, run)).status).toBe("done");
        expect((await findProject(handle.db, tenantId, project.id))!.nextCheckAt).toEqual(before);
      }
    }

    const runs = await runsOf(tenantId, project.id);
    const scheduled = runs.filter((r) => r.trigger === "scheduled");
    expect(scheduled.map((r) => berlinDay(r.checkedAt))).toEqual([
      "2026-03-09",
      "2026-03-16",
      "2026-03-23",
      "2026-03-30",
      "2026-04-06",
    ]);
    expect(scheduled.every((r) => r.status === "done")).toBe(true);
    // Each at the first tick after its local time: 09:00 CET (08 UTC), then 15:00 CET and CEST.
    expect(scheduled.map((r) => r.checkedAt.toISOString())).toEqual([
      "2026-03-09T09:00:00.000Z",
      "2026-03-16T09:00:00.000Z",
      "2026-03-23T15:00:00.000Z",
      "2026-03-30T15:00:00.000Z",
      "2026-04-06T15:00:00.000Z",
    ]);
    expect(runs.filter((r) => r.trigger === "manual")).toHaveLength(1);
  });
});

describe("Check now", () => {
  it("never moves the next check, whatever the frequency", async () => {
    const tenantId = await berlinTenant("checknow");
    const now = new Date("2026-03-04T10:00:00Z");
    const project = await createProject(
      handle.db,
      tenantId,
      { domain: "now.example", ...target },
      now,
    );
    await addKeywords(handle.db, tenantId, project.id, { text: "rank tracker", tags: [] });
    const schedules = [
      { frequency: "daily", time: "06:30" },
      { frequency: "every_3_days", time: "23:45" },
      { frequency: "weekly", day: 5, time: "12:00" },
      { frequency: "monthly", day: 31, time: "08:00" },
    ] as const;
    for (const s of schedules) {
      const { nextCheckAt } = await setProjectSchedule(handle.db, tenantId, project.id, s, now);
      const { run } = await startManualCheck(handle.db, tenantId, project.id, now);
      expect((await settledCheck(handle.db, run)).status).toBe("done");
      const after = (await findProject(handle.db, tenantId, project.id))!;
      expect(after.nextCheckAt.toISOString(), s.frequency).toBe(nextCheckAt);
      // Nothing scheduled before that instant.
      const justBefore = new Date(Date.parse(nextCheckAt!) - 60_000);
      expect(await tick(tenantId, project.id, justBefore), s.frequency).toBe(0);
    }
  });
});

describe("with SE Ranking's rank tracker", () => {
  it("writes the schedule to the site and takes over a change made in SE Ranking", async () => {
    const { tenantId } = await trackerTenant(handle.db, "trsched", PROJECT_API_DEMO_KEY, true);
    const project = await createProject(handle.db, tenantId, {
      domain: "tracked-sched.com",
      ...target,
    });
    expect(project.seSiteId).not.toBeNull();
    // The simulator's copy of the site, as SE Ranking's own UI would see it.
    const keyId = sim.state.log.entries().find((e) => e.path.startsWith("/sites") && e.keyId)!
      .keyId!;
    const site = () => sim.state.projects.site(keyId, project.seSiteId!);

    const weekly = await setProjectSchedule(handle.db, tenantId, project.id, {
      frequency: "weekly",
      day: 3,
      time: "07:00",
    });
    expect(weekly).toMatchObject({ frequency: "weekly", day: 3, tracker: true });
    expect(site()).toMatchObject({ checkFreq: "check_weekly", checkDay: 3 });

    await setProjectSchedule(handle.db, tenantId, project.id, { frequency: "manual" });
    expect(site()).toMatchObject({ checkFreq: "manual", checkDay: null });

    // Changed in SE Ranking: monthly on the 31st. Reading the schedule takes it over.
    site()!.checkFreq = "check_monthly";
    site()!.checkDay = 31;
    const read = await getProjectSchedule(handle.db, tenantId, project.id);
    expect(read).toMatchObject({ frequency: "monthly", day: 31, time: "07:00" });
    expect(read.nextCheckAt).not.toBeNull();
    expect(await findProject(handle.db, tenantId, project.id)).toMatchObject({
      scheduleEnabled: true,
      scheduleFrequency: "monthly",
      scheduleDay: 31,
    });
  });

  it("refuses a change SE Ranking did not take, and a project made without checks is manual there", async () => {
    const { tenantId } = await trackerTenant(handle.db, "trfault", PROJECT_API_DEMO_KEY, true);
    const project = await createProject(handle.db, tenantId, {
      domain: "tracked-manual.com",
      ...target,
      scheduleEnabled: false,
    });
    const keyId = sim.state.log.entries().find((e) => e.path.startsWith("/sites") && e.keyId)!
      .keyId!;
    expect(sim.state.projects.site(keyId, project.seSiteId!)).toMatchObject({
      checkFreq: "manual",
    });
    expect(await getProjectSchedule(handle.db, tenantId, project.id)).toMatchObject({
      frequency: "manual",
      nextCheckAt: null,
    });

    sim.state.faults.add({
      kind: "status",
      status: 500,
      path: `/sites/${project.seSiteId}`,
      method: "PUT",
      count: 10,
    });
    await expect(
      setProjectSchedule(handle.db, tenantId, project.id, { frequency: "daily", time: "08:00" }),
    ).rejects.toThrow(/The schedule was not changed/);
    sim.state.faults.clear();
    expect(await findProject(handle.db, tenantId, project.id)).toMatchObject({
      scheduleEnabled: false,
    });
    expect(sim.state.projects.site(keyId, project.seSiteId!)).toMatchObject({
      checkFreq: "manual",
    });
  });
});
