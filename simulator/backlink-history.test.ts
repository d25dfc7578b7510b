// The churn model: lists at the base day are the published ones, a week later some links are
// new and some lost, and the history endpoints answer exactly that difference.
import { describe, expect, it } from "vitest";
import { backlinkHistoryFor, refdomainHistoryFor } from "./backlink-history";
import { DATA_API_DEMO_KEY } from "./keys";
import { callJson, isEnvelope, setupSimulator } from "./test-helpers";
import { backlinksFor, backlinksPageFor, summaryFor } from "./universe";

const DOMAIN = "example.com";
const BASE = "2026-11-01";
const WEEK = "2026-11-08";

function urlsAt(date: string | null): Set<string> {
  const { backlinks } = backlinksPageFor(DOMAIN, {
    sortBy: "first_seen",
    dofollowOnly: false,
    offset: 0,
    limit: 100_000,
    date,
  });
  return new Set(backlinks.map((b) => `${b.source_url} ${b.target_url}`));
}

describe("backlink churn after the base snapshot", () => {
  it("serves the published list and summary at and before the base day", () => {
    const published = new Set(backlinksFor(DOMAIN).map((b) => `${b.source_url} ${b.target_url}`));
    for (const date of [null, "2026-03-10", BASE]) {
      expect(urlsAt(date)).toEqual(published);
      expect(summaryFor(DOMAIN, date)).toEqual(summaryFor(DOMAIN));
    }
  });

  it("a week later: the week's new links added and lost links gone, as history says", () => {
    const before = urlsAt(BASE);
    const after = urlsAt(WEEK);
    const history = backlinkHistoryFor(DOMAIN, {
      dateFrom: "2026-11-02",
      dateTo: WEEK,
      limit: 100_000,
    });
    const key = (r: { url_from: string; url_to: string }) => `${r.url_from} ${r.url_to}`;
    const added = history.filter((r) => r.new_lost_type === "new").map(key);
    const lost = history.filter((r) => r.new_lost_type === "lost").map(key);
    expect(added.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);
    expect([...after].filter((u) => !before.has(u)).sort()).toEqual([...added].sort());
    expect([...before].filter((u) => !after.has(u)).sort()).toEqual([...lost].sort());
    expect(history.filter((r) => r.new_lost_type === "lost").every((r) => r.reason_lost)).toBe(
      true,
    );
    expect(summaryFor(DOMAIN, WEEK).total_backlinks).toBe(after.size);
  });

  it("referring domains: new and lost follow the count of live links per host", () => {
    const hosts = (date: string) => {
      const { backlinks } = backlinksPageFor(DOMAIN, {
        sortBy: "first_seen",
        dofollowOnly: false,
        offset: 0,
        limit: 100_000,
        date,
      });
      return new Set(backlinks.map((b) => new URL(b.source_url).hostname));
    };
    const before = hosts(BASE);
    const after = hosts("2026-11-29");
    const changes = refdomainHistoryFor(DOMAIN, {
      dateFrom: "2026-11-02",
      dateTo: "2026-11-29",
      limit: 100_000,
    });
    // A host may come and go within the window; its net change is what the lists show.
    const net = new Map<string, number>();
    for (const c of changes) {
      net.set(c.refdomain, (net.get(c.refdomain) ?? 0) + (c.new_lost_type === "new" ? 1 : -1));
    }
    const gained = [...net].filter(([, v]) => v > 0).map(([h]) => h);
    const gone = [...net].filter(([, v]) => v < 0).map(([h]) => h);
    expect(gained.sort()).toEqual([...after].filter((h) => !before.has(h)).sort());
    expect(gone.sort()).toEqual([...before].filter((h) => !after.has(h)).sort());
    expect(summaryFor(DOMAIN, "2026-11-29").referring_domains).toBe(after.size);
  });
});

describe("GET /v1/backlinks/history and /refdomains/history", () => {
  const sim = setupSimulator();
  const get = (path: string) => callJson(sim(), path, { key: DATA_API_DEMO_KEY });

  it("answers the week's changes on the pinned clock, billed per record", async () => {
    sim().state.clock.set(WEEK);
    const r = await get(
      `/v1/backlinks/history?target=${DOMAIN}&new_lost_type=lost&date_from=2026-11-02&date_to=${WEEK}&limit=10000`,
    );
    expect(r.status).toBe(200);
    const rows = (r.body as { new_lost_backlinks: { new_lost_type: string }[] }).new_lost_backlinks;
    const want = backlinkHistoryFor(DOMAIN, {
      type: "lost",
      dateFrom: "2026-11-02",
      dateTo: WEEK,
      limit: 10_000,
    });
    expect(rows).toEqual(want);
    expect(sim().state.log.entries().at(-1)?.credits).toBe(want.length);
    const refs = await get(
      `/v1/backlinks/refdomains/history?target=${DOMAIN}&date_from=2026-11-02&date_to=${WEEK}`,
    );
    expect(refs.status).toBe(200);
    expect((refs.body as { new_lost_refdomains: unknown[] }).new_lost_refdomains).toEqual(
      refdomainHistoryFor(DOMAIN, { dateFrom: "2026-11-02", dateTo: WEEK }),
    );
  });

  it("never answers past the day lists are served at (unpinned: the base, no history)", async () => {
    sim().state.clock.set(null);
    const r = await get(`/v1/backlinks/history?target=${DOMAIN}&date_from=2026-11-02`);
    expect(r.status).toBe(200);
    expect((r.body as { new_lost_backlinks: unknown[] }).new_lost_backlinks).toEqual([]);
  });

  it("an empty enum is refused with the 400 envelope, as the API does", async () => {
    const r = await get(`/v1/backlinks/history?target=${DOMAIN}&new_lost_type=`);
    expect(r.status).toBe(400);
    expect(isEnvelope(r.body, 400)).toBe(true);
  });
});
