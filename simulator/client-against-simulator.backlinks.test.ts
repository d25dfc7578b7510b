// The backlink methods of the client, for real over HTTP against the simulator: the client's
// answers must equal what the universe's pure functions say the simulator serves, and the
// requests the simulator logged must be the ones the wire contract prescribes.
import { describe, expect, it } from "vitest";
import type { MetricsBatch, MetricsProgress } from "@/lib/seranking";
import {
  clientFor,
  expectedBacklink,
  expectedMetrics,
  expectedSummary,
  logged,
  manyDomains,
  PATHS,
  setupSim,
  TEST_KEY,
} from "./client-against-simulator-helpers";
import { keyNeverLeaks } from "./client-key-leak";
import { DEMO_KEY, keyIdFor } from "./keys";
import { type BacklinkSortKey, backlinksPageFor, metricsFor, summaryFor } from "./universe";

const sim = setupSim({ extraKeys: [{ key: DEMO_KEY }] });

describe("getBacklinksSummary", () => {
  it.each([
    "example.com",
    "empty-example.com",
    "spammy-example.com",
    "small-example.com",
    "authority-example.com",
    "seeded-domain-4711.net",
  ])("%s → the universe's summary, in camelCase", async (domain) => {
    const got = await clientFor(sim()).getBacklinksSummary(domain);
    expect(got).toEqual(expectedSummary(domain, summaryFor(domain)));
    const [entry] = logged(sim(), PATHS.summary);
    expect(entry).toMatchObject({
      method: "GET",
      query: { domain, domain_type: "domain" },
      status: 200,
      authScheme: "Token",
      keyId: keyIdFor(TEST_KEY),
    });
  });

  it("normalises a URL-ish input before sending it", async () => {
    const got = await clientFor(sim()).getBacklinksSummary("https://www.Example.com/some/path");
    expect(got).toEqual(expectedSummary("example.com", summaryFor("example.com")));
    expect(logged(sim(), PATHS.summary)[0]?.query.domain).toBe("example.com");
  });
});

describe("getBacklinks", () => {
  const SORTS: BacklinkSortKey[] = ["trust_flow", "citation_flow", "first_seen"];

  it("defaults: limit 50, offset 0, trust_flow, all links", async () => {
    const got = await clientFor(sim()).getBacklinks({ domain: "example.com" });
    const want = backlinksPageFor("example.com", {
      sortBy: "trust_flow",
      dofollowOnly: false,
      offset: 0,
      limit: 50,
    });
    expect(got).toEqual(want.backlinks.map(expectedBacklink));
    expect(logged(sim(), PATHS.backlinks)[0]?.query).toEqual({
      domain: "example.com",
      domain_type: "domain",
      limit: "50",
      offset: "0",
      sort_by: "trust_flow",
      filter_dofollow: "0",
    });
  });

  it.each(SORTS)("sortBy %s: a middle page equals the universe's page", async (sortBy) => {
    const got = await clientFor(sim()).getBacklinks({
      domain: "example.com",
      sortBy,
      offset: 100,
      limit: 75,
    });
    const want = backlinksPageFor("example.com", {
      sortBy,
      dofollowOnly: false,
      offset: 100,
      limit: 75,
    });
    expect(got).toHaveLength(75);
    expect(got).toEqual(want.backlinks.map(expectedBacklink));
    expect(logged(sim(), PATHS.backlinks)[0]?.query).toMatchObject({
      sort_by: sortBy,
      offset: "100",
      limit: "75",
    });
  });

  it("paging by offset/limit walks the whole list exactly once", async () => {
    const client = clientFor(sim());
    const domain = "small-example.com"; // 12 rows
    const pages = [];
    for (let offset = 0; offset < 15; offset += 5) {
      pages.push(await client.getBacklinks({ domain, offset, limit: 5 }));
    }
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
    const all = backlinksPageFor(domain, {
      sortBy: "trust_flow",
      dofollowOnly: false,
      offset: 0,
      limit: 1000,
    });
    expect(all.total).toBe(summaryFor(domain).total_backlinks);
    expect(pages.flat()).toEqual(all.backlinks.map(expectedBacklink));
    expect(logged(sim(), PATHS.backlinks).map((e) => e.query.offset)).toEqual(["0", "5", "10"]);
  });

  it("an offset past the end → an empty page", async () => {
    const got = await clientFor(sim()).getBacklinks({
      domain: "small-example.com",
      offset: 500,
      limit: 10,
    });
    expect(got).toEqual([]);
  });

  it.each(SORTS)("doFollowOnly with sortBy %s → every row dofollow", async (sortBy) => {
    const query = { sortBy, dofollowOnly: true, offset: 0, limit: 1000 };
    const got = await clientFor(sim()).getBacklinks({
      domain: "example.com",
      sortBy,
      limit: 1000,
      doFollowOnly: true,
    });
    const want = backlinksPageFor("example.com", query);
    expect(got).toHaveLength(Math.min(1000, summaryFor("example.com").dofollow_backlinks));
    expect(got.every((row) => row.isNoFollow === false)).toBe(true);
    expect(got).toEqual(want.backlinks.map(expectedBacklink));
    expect(logged(sim(), PATHS.backlinks)[0]?.query.filter_dofollow).toBe("1");
  });

  it("an empty domain → []", async () => {
    expect(await clientFor(sim()).getBacklinks({ domain: "empty-example.com" })).toEqual([]);
  });
});

describe("getBacklinksMetrics", () => {
  it("250 domains → 3 POSTs of ≤ 100, rows = metricsFor, progress reported", async () => {
    const domains = manyDomains(250);
    const progress: MetricsProgress[] = [];
    const batches: MetricsBatch[] = [];
    const result = await clientFor(sim()).getBacklinksMetrics(domains, {
      onProgress: (p) => progress.push(p),
      onBatch: (b) => {
        batches.push(b);
      },
    });

    expect(result.failures).toEqual([]);
    expect(result.rows).toEqual(domains.map((d) => expectedMetrics(metricsFor(d))));

    const posts = logged(sim(), PATHS.metrics);
    expect(posts).toHaveLength(3);
    const sent = posts.map((e) => (e.body as { domains: string[] }).domains);
    for (const [i, entry] of posts.entries()) {
      expect(entry).toMatchObject({ method: "POST", status: 200 });
      expect(sent[i]!.length).toBeLessThanOrEqual(100);
    }
    // Batches in input order: 0–99, 100–199, 200–249 (in whatever order they arrived).
    const sorted = [...sent].sort((a, b) => domains.indexOf(a[0]!) - domains.indexOf(b[0]!));
    expect(sorted).toEqual([domains.slice(0, 100), domains.slice(100, 200), domains.slice(200)]);

    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toMatchObject({ done: 250, total: 250, failed: 0, requestsTotal: 3 });
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.done).toBeGreaterThan(progress[i - 1]!.done);
    }
    expect(batches.map((b) => b.index).sort()).toEqual([0, 1, 2]);
    for (const b of batches) {
      expect(b.error).toBeUndefined();
      expect(b.rows).toEqual(b.domains.map((d) => expectedMetrics(metricsFor(d))));
    }
  });

  it("normalises and de-duplicates inputs; an invalid one fails alone, unsent", async () => {
    const result = await clientFor(sim()).getBacklinksMetrics([
      "https://www.Example.com/x",
      "example.com",
      "not a domain",
      "small-example.com",
    ]);
    expect(result.rows).toEqual(
      ["example.com", "small-example.com"].map((d) => expectedMetrics(metricsFor(d))),
    );
    expect(result.failures).toEqual([
      expect.objectContaining({ domain: "not a domain", kind: "bad_request" }),
    ]);
    const posts = logged(sim(), PATHS.metrics);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ domains: ["example.com", "small-example.com"] });
  });

  it("no domains → no request, one progress report", async () => {
    const progress: MetricsProgress[] = [];
    const result = await clientFor(sim()).getBacklinksMetrics([], {
      onProgress: (p) => progress.push(p),
    });
    expect(result).toEqual({ rows: [], failures: [] });
    expect(progress).toEqual([{ done: 0, total: 0, failed: 0, requestsDone: 0, requestsTotal: 0 }]);
    expect(logged(sim())).toHaveLength(0);
  });
});

keyNeverLeaks(sim);
