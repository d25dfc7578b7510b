// The real Project API client against the real simulator: a whole rank-tracking journey, then
// every request it sent checked against the reference's table of paths, methods, parameters and
// body kinds (lib/seranking/project-api/reference-table.ts), not against the client's builders.
import { describe, expect, it } from "vitest";
import { RateLimiterRegistry } from "@/lib/seranking";
import { ProjectApiClient } from "@/lib/seranking/project-api";
import {
  PROJECT_API_REFERENCE,
  type ReferenceEndpoint,
} from "@/lib/seranking/project-api/reference-table";
import { FAST_RETRY, logged, SIM_DATE, setupSim } from "./client-against-simulator-helpers";
import { positionFor } from "./keyword-positions";
import type { LogEntry } from "./request-log";

const PROJECT_KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
const sim = setupSim({
  recheckDelayMs: 3_600_000,
  extraKeys: [{ key: PROJECT_KEY, dialects: ["project-api"] }],
});
const client = () =>
  new ProjectApiClient({
    apiKey: PROJECT_KEY,
    baseUrl: sim().url,
    timeoutMs: 3_000,
    retry: FAST_RETRY,
    rateLimiters: new RateLimiterRegistry(),
  });

function referenceFor(entry: LogEntry): ReferenceEndpoint {
  const row = PROJECT_API_REFERENCE.find(
    (r) => r.method === entry.method && r.path.test(entry.path),
  );
  if (!row) throw new Error(`${entry.method} ${entry.path} is not in the reference`);
  return row;
}

function checkAgainstReference(entry: LogEntry): void {
  const row = referenceFor(entry);
  for (const name of Object.keys(entry.query)) expect(row.query, entry.path).toContain(name);
  for (const name of row.requiredQuery ?? [])
    expect(entry.query, entry.path).toHaveProperty([name]);
  if (row.body === "none") expect(entry.body, `${entry.method} ${entry.path}`).toBeNull();
  if (row.body === "array") expect(Array.isArray(entry.body)).toBe(true);
  if (row.body === "object") {
    expect(
      entry.body !== null && typeof entry.body === "object" && !Array.isArray(entry.body),
    ).toBe(true);
  }
  const items =
    row.body === "array"
      ? (entry.body as object[])
      : row.body === "object"
        ? [entry.body as object]
        : [];
  for (const item of items) for (const k of Object.keys(item)) expect(row.bodyKeys).toContain(k);
}

describe("Project API client against the simulator", () => {
  it("creates a site, attaches Google USA, adds keywords, rechecks, reads daily positions with landing pages, deletes", async () => {
    const c = client();
    const domain = "tracked-shop.com";
    const siteId = await c.createSite({ url: domain, title: domain });
    expect((await c.listSites()).map((s) => s.url)).toContain(domain);
    const google = (await c.searchEngineCatalogue()).find((e) => e.name === "Google USA")!;
    const siteEngineId = await c.addSiteEngine(siteId, { searchEngineId: google.id });
    expect((await c.listSiteEngines(siteId)).map((e) => e.site_engine_id)).toEqual([siteEngineId]);
    const added = await c.addKeywords(siteId, ["blue widgets", "unranked thing"], siteEngineId);
    expect(added.map((k) => k.keyword).sort()).toEqual(["blue widgets", "unranked thing"]);

    await c.recheck(siteId, siteEngineId);
    const query = { siteEngineId, dateFrom: SIM_DATE, dateTo: SIM_DATE };
    // Asynchronous: nothing until the simulator completes the recheck.
    expect((await c.positions(siteId, query)).every((k) => k.checks.length === 0)).toBe(true);
    sim().state.projects.complete(Date.now(), 0);
    const read = await c.positions(siteId, query);
    for (const k of read) {
      const want = positionFor({
        domain,
        keyword: k.keyword,
        searchEngine: "google",
        location: "United States",
        date: SIM_DATE,
      });
      expect(k.checks).toEqual([{ date: SIM_DATE, position: want.position, landingUrl: want.url }]);
    }
    expect(read.find((k) => k.keyword === "unranked thing")!.checks[0]!.position).toBeNull();

    await c.deleteKeywords(siteId, [added[0]!.id]);
    expect((await c.listKeywords(siteId)).map((k) => k.id)).toEqual([added[1]!.id]);

    const sent = logged(sim());
    expect(sent.length).toBeGreaterThan(8);
    for (const entry of sent) checkAgainstReference(entry);
    // Brackets on the wire, as the reference requires.
    const del = sent.find((e) => e.method === "DELETE")!;
    expect(Object.keys(del.query)).toEqual(["keywords_ids[]"]);
    expect(del.status).toBe(204);
  });

  it("sets and reads a site's own schedule (check_freq / check_day) as the reference names them", async () => {
    const c = client();
    sim().state.log.clear();
    const siteId = await c.createSite({ url: "scheduled-shop.com", title: "scheduled-shop.com" });
    const scheduleOf = async () => (await c.listSites()).find((s) => s.id === siteId)!.schedule;
    expect(await scheduleOf()).toEqual({ checkFreq: "check_daily", checkDay: null });
    await c.updateSiteSchedule(siteId, { checkFreq: "check_weekly", checkDay: 1 });
    expect(await scheduleOf()).toEqual({ checkFreq: "check_weekly", checkDay: 1 });
    await c.updateSiteSchedule(siteId, { checkFreq: "check_1in3", checkDay: null });
    expect(await scheduleOf()).toEqual({ checkFreq: "check_1in3", checkDay: null });
    const sent = logged(sim());
    for (const entry of sent) checkAgainstReference(entry);
    const puts = sent.filter((e) => e.method === "PUT");
    expect(puts.map((e) => e.body)).toEqual([
      { check_freq: "check_weekly", check_day: 1 },
      { check_freq: "check_1in3" },
    ]);
  });
});
