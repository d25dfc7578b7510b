import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { competitorHistory, listEvents } from "@/lib/db/queries/keyword-competitors";
import { listKeywords } from "@/lib/db/queries/keyword-projects";
import type { Engine } from "@/lib/jobs/engine";
import { handlers } from "@/lib/jobs/handlers";
import { startManualCheck } from "@/lib/services/keywords/check-service";
import { chartEvents } from "@/lib/services/keywords/competitors/chart-events";
import { competitorKeywordHistory } from "@/lib/services/keywords/competitors/competitor-history";
import {
  addCompetitor,
  competitorsOverview,
  removeCompetitor,
} from "@/lib/services/keywords/competitors/competitor-service";
import { addKeywords, createProject } from "@/lib/services/keywords/project-service";
import type { RunningSimulator } from "@/simulator/start-simulator";
import { keywordCheckFor } from "@/simulator/universe";
import { startTestEngine } from "@/test/support/jobs";
import {
  at,
  connectedTenant,
  settledCheck,
  startKeywordSimulator,
} from "@/test/support/keyword-fixture";
import { createTestDb } from "@/test/support/test-db";

// On these two days the simulator ranks example.com and rival.com equal (#1) for "backlink
// checker" on the first, and rival.com ahead (#1 vs #2) on the second: one overtake.
const DAYS = ["2026-03-14", "2026-03-15"] as const;
const DOMAIN = "example.com";
const RIVAL = "rival.com";
const KEYWORDS = ["seo audit tool", "backlink checker", "keyword research", "site audit"];

let handle: DbHandle;
let engine: Engine;
let sim: RunningSimulator;
let tenantId: string;
let projectId: string;
let rivalId: string;

const oracle = (domain: string, day: string) =>
  new Map(
    keywordCheckFor(domain, KEYWORDS, "google", "United States", day).map((r) => [
      r.keyword,
      r.position,
    ]),
  );

async function checkOn(day: string) {
  sim.state.clock.set(day);
  const { run } = await startManualCheck(handle.db, tenantId, projectId, at(day));
  return settledCheck(handle.db, run);
}

beforeAll(async () => {
  sim = await startKeywordSimulator(DAYS[0]);
  handle = await createTestDb();
  engine = await startTestEngine(handle, handlers);
  ({ tenantId } = await connectedTenant(handle.db, "rivals"));
  const project = await createProject(handle.db, tenantId, {
    domain: DOMAIN,
    searchEngine: "google",
    location: "United States",
    scheduleEnabled: false,
  });
  projectId = project.id;
  await addKeywords(handle.db, tenantId, projectId, { text: KEYWORDS.join("\n"), tags: [] });
});
afterAll(async () => {
  await engine?.stop({ graceMs: 1000 });
  await handle?.close();
  await sim?.close();
});

describe("competitors of a tracked domain", () => {
  it("refuses the domain itself, a duplicate and a sixth competitor", async () => {
    await expect(
      addCompetitor(handle.db, tenantId, projectId, { domain: "www.example.com" }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    const added = await addCompetitor(handle.db, tenantId, projectId, { domain: RIVAL });
    rivalId = added.competitor.id;
    await expect(
      addCompetitor(handle.db, tenantId, projectId, { domain: "www.rival.com" }),
    ).rejects.toMatchObject({ code: "conflict" });
    const extra = [];
    for (const d of ["a.com", "b.com", "c.com", "d.com"]) {
      extra.push((await addCompetitor(handle.db, tenantId, projectId, { domain: d })).competitor);
    }
    await expect(
      addCompetitor(handle.db, tenantId, projectId, { domain: "e.com" }),
    ).rejects.toMatchObject({ code: "invalid_input", fields: { domain: "At most 5 competitors" } });
    // Only rival.com stays: the others were there to reach the limit.
    for (const c of extra) await removeCompetitor(handle.db, tenantId, projectId, c.id);
    const overview = await competitorsOverview(handle.db, tenantId, projectId);
    expect(overview.competitors.map((c) => c.domain)).toEqual([RIVAL]);
  });

  it("a check stores the competitor's positions, one row per keyword, and an overtake event", async () => {
    const keywords = await listKeywords(handle.db, tenantId, projectId);
    const byId = new Map(keywords.map((k) => [k.id, k.keyword]));
    for (const day of DAYS) {
      const run = await checkOn(day);
      expect(run.status).toBe("done");
    }
    const rows = await competitorHistory(handle.db, tenantId, projectId, new Date(0));
    expect(rows).toHaveLength(KEYWORDS.length * DAYS.length);
    for (const [i, day] of DAYS.entries()) {
      const want = oracle(RIVAL, day);
      const ofDay = rows.filter((r) => r.checkedAt.getTime() === at(day).getTime());
      expect(ofDay.map((r) => [byId.get(r.keywordId), r.position]).sort()).toEqual(
        KEYWORDS.map((k) => [k, want.get(k)]).sort(),
      );
      expect(
        ofDay.every((r) => r.status === "ok" && r.competitorId === rivalId),
        `day ${i}`,
      ).toBe(true);
    }

    // The fixture's premise, from the simulator's own model: tie on day 1, rival ahead on day 2.
    expect(oracle(DOMAIN, DAYS[0]).get("backlink checker")).toBe(
      oracle(RIVAL, DAYS[0]).get("backlink checker"),
    );
    const events = await listEvents(handle.db, tenantId, projectId, new Date(0));
    expect(events).toHaveLength(1);
    expect(byId.get(events[0]!.keywordId!)).toBe("backlink checker");
    expect(events[0]).toMatchObject({ kind: "competitor_overtook", at: at(DAYS[1]) });
    expect(events[0]!.details).toMatchObject({
      competitor: RIVAL,
      to: {
        ours: oracle(DOMAIN, DAYS[1]).get("backlink checker"),
        competitor: oracle(RIVAL, DAYS[1]).get("backlink checker"),
      },
    });

    // The chart's list names it; the overview's cells carry the latest positions.
    const { events: marks } = await chartEvents(handle.db, tenantId, projectId, new Date(0));
    expect(marks.map((m) => m.text)).toEqual([
      `${RIVAL} overtook you on “backlink checker” (#1 vs your #2)`,
    ]);
    const overview = await competitorsOverview(handle.db, tenantId, projectId);
    const keywordId = events[0]!.keywordId!;
    expect(overview.cells[keywordId]?.[rivalId]?.position).toBe(
      oracle(RIVAL, DAYS[1]).get("backlink checker"),
    );
    const history = await competitorKeywordHistory(
      handle.db,
      tenantId,
      projectId,
      keywordId,
      new Date(0),
    );
    expect(history.series.map((s) => s.name)).toEqual([DOMAIN, RIVAL]);
    expect(history.points.map((p) => [p.own, p[rivalId]])).toEqual(
      DAYS.map((d) => [
        oracle(DOMAIN, d).get("backlink checker"),
        oracle(RIVAL, d).get("backlink checker"),
      ]),
    );
  });

  it("a third check where nothing changes records no new event", async () => {
    const run = await checkOn("2026-03-16");
    expect(run.status).toBe("done");
    const events = await listEvents(handle.db, tenantId, projectId, new Date(0));
    // 03-16: rival.com stays ahead or level on every keyword it was ahead on (see the oracle).
    const wantNew = KEYWORDS.filter((k) => {
      const ahead = (c: number | null | undefined, o: number | null | undefined) =>
        c != null && (o == null || c < o);
      return (
        ahead(oracle(RIVAL, "2026-03-16").get(k), oracle(DOMAIN, "2026-03-16").get(k)) &&
        !ahead(oracle(RIVAL, DAYS[1]).get(k), oracle(DOMAIN, DAYS[1]).get(k))
      );
    });
    expect(events).toHaveLength(1 + wantNew.length);
  });
});
