// The data-v1 dialect against msw replies built from the spec file's shapes
// (seranking-data-api-v1.md): paths, parameters, DT/PT mapping and nothing invented. Keyword
// positions and the key check are in data-v1.keywords-account.test.ts.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { caught, installMockServer, makeClient, server } from "@/test/support/seranking-client";
import type { SERankingError } from "../errors";
import { ALL_MAX_LIMIT, dataV1 } from "./data-v1";

installMockServer();

const API = "https://api.seranking.com";
const client = () => makeClient({ dialect: dataV1, retry: { retries: 0 } }).client;

// The spec's summary example, verbatim.
const summaryEntry = {
  target: "example.com",
  backlinks: 22407,
  refdomains: 2329,
  subnets: 1403,
  ips: 1961,
  dofollow_backlinks: 18689,
  nofollow_backlinks: 3718,
  edu_backlinks: 40,
  gov_backlinks: 0,
  inlink_rank: 24,
  domain_inlink_rank: 68,
  anchors: 720,
  pages_with_backlinks: 87,
  top_anchors_by_backlinks: [{ anchor: "Example", backlinks: 1853 }],
};

function wireBacklink(i: number) {
  return {
    url_from: `https://src${i}.test/p`,
    url_to: "https://example.com/",
    title: `Source ${i}`,
    anchor: `anchor ${i}`,
    alt: null,
    nofollow: i % 2 === 1,
    image: false,
    inlink_rank: i % 100,
    domain_inlink_rank: (i * 7) % 100,
    first_seen: "2024-01-02",
    last_visited: "2026-10-01",
  };
}

describe("data-v1 summary", () => {
  it("GETs /v1/backlinks/summary with target and mode=domain, maps DT/PT, no TF/CF", async () => {
    let url: URL | undefined;
    let auth: string | null = null;
    server.use(
      http.get(`${API}/v1/backlinks/summary`, ({ request }) => {
        url = new URL(request.url);
        auth = request.headers.get("authorization");
        return HttpResponse.json({ summary: [summaryEntry] });
      }),
    );
    const s = await client().getBacklinksSummary("https://www.Example.com/x");
    expect(url?.searchParams.get("target")).toBe("example.com");
    expect(url?.searchParams.get("mode")).toBe("domain");
    expect(auth).toMatch(/^Token /);
    expect(s).toEqual({
      domain: "example.com",
      totalBacklinks: summaryEntry.backlinks,
      referringDomains: summaryEntry.refdomains,
      referringIPs: summaryEntry.ips,
      trustFlow: null,
      citationFlow: null,
      domainInlinkRank: summaryEntry.domain_inlink_rank,
      inlinkRank: summaryEntry.inlink_rank,
      domainScore: summaryEntry.domain_inlink_rank,
      noFollowLinks: summaryEntry.nofollow_backlinks,
      doFollowLinks: summaryEntry.dofollow_backlinks,
    });
  });

  it.each([
    ["an empty summary list", { summary: [] }],
    ["the provider-v3 shape", { total_backlinks: 1, trust_flow: 3 }],
    ["a rank as a string", { summary: [{ ...summaryEntry, domain_inlink_rank: "68" }] }],
    ["a rank above 100", { summary: [{ ...summaryEntry, inlink_rank: 240 }] }],
    // Another target's numbers must never be shown as this domain's.
    ["only another target's entry", { summary: [{ ...summaryEntry, target: "other.com" }] }],
  ])("%s → bad_response", async (_name, body) => {
    server.use(http.get(`${API}/v1/backlinks/summary`, () => HttpResponse.json(body)));
    const error = await caught(client().getBacklinksSummary("example.com"));
    expect((error as SERankingError).kind).toBe("bad_response");
  });
});

describe("data-v1 summary target", () => {
  it("finds this domain's entry among several, whatever form the API echoes it in", async () => {
    server.use(
      http.get(`${API}/v1/backlinks/summary`, () =>
        HttpResponse.json({
          summary: [
            { ...summaryEntry, target: "other.com", backlinks: 1 },
            { ...summaryEntry, target: "https://www.Example.com/" },
          ],
        }),
      ),
    );
    const s = await client().getBacklinksSummary("example.com");
    expect(s.totalBacklinks).toBe(summaryEntry.backlinks);
  });
});

describe("data-v1 backlink list", () => {
  it("first page: /v1/backlinks/all with limit, order_by and the dofollow filter", async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${API}/v1/backlinks/all`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ backlinks: [0, 1, 2].map(wireBacklink) });
      }),
    );
    const rows = await client().getBacklinks({
      domain: "example.com",
      limit: 3,
      sortBy: "trust_flow",
      doFollowOnly: true,
    });
    expect(Object.fromEntries(url!.searchParams)).toEqual({
      target: "example.com",
      mode: "domain",
      limit: "3",
      order_by: "domain_inlink_rank",
      nofollow_filter: "dofollow_only",
    });
    const w = wireBacklink(1);
    expect(rows[1]).toEqual({
      sourceUrl: w.url_from,
      targetUrl: w.url_to,
      anchorText: w.anchor,
      trustFlow: null,
      citationFlow: null,
      domainInlinkRank: w.domain_inlink_rank,
      inlinkRank: w.inlink_rank,
      isNoFollow: true,
      firstSeen: w.first_seen,
      lastSeen: w.last_visited,
    });
  });

  it("a later page asks offset+limit rows and cuts the page out (the API has no offset)", async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${API}/v1/backlinks/all`, ({ request }) => {
        url = new URL(request.url);
        const n = Number(url.searchParams.get("limit"));
        return HttpResponse.json({
          backlinks: Array.from({ length: n }, (_, i) => wireBacklink(i)),
        });
      }),
    );
    const rows = await client().getBacklinks({ domain: "example.com", limit: 5, offset: 10 });
    expect(url?.searchParams.get("limit")).toBe("15");
    expect(url?.searchParams.has("offset")).toBe(false);
    expect(rows.map((r) => r.sourceUrl)).toEqual(
      [10, 11, 12, 13, 14].map((i) => wireBacklink(i).url_from),
    );
  });

  it("beyond 10,000 rows it walks /v1/backlinks/raw by its next cursor", async () => {
    const cursors: (string | null)[] = [];
    server.use(
      http.get(`${API}/v1/backlinks/raw`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get("next");
        cursors.push(cursor);
        const page = cursor === null ? 0 : Number(cursor);
        const backlinks = Array.from({ length: ALL_MAX_LIMIT }, (_, i) =>
          wireBacklink(page * ALL_MAX_LIMIT + i),
        );
        return HttpResponse.json({ backlinks, next: String(page + 1) });
      }),
    );
    const rows = await client().getBacklinks({
      domain: "example.com",
      limit: 2,
      offset: ALL_MAX_LIMIT + 3,
    });
    expect(cursors).toEqual([null, "1"]);
    expect(rows.map((r) => r.sourceUrl)).toEqual([
      wireBacklink(ALL_MAX_LIMIT + 3).url_from,
      wireBacklink(ALL_MAX_LIMIT + 4).url_from,
    ]);
  });

  it("walks /raw whatever its page size (1,000-row pages to reach offset 10,003)", async () => {
    const PAGE = 1000;
    let calls = 0;
    server.use(
      http.get(`${API}/v1/backlinks/raw`, ({ request }) => {
        calls++;
        const page = Number(new URL(request.url).searchParams.get("next") ?? 0);
        const backlinks = Array.from({ length: PAGE }, (_, i) => wireBacklink(page * PAGE + i));
        return HttpResponse.json({ backlinks, next: String(page + 1) });
      }),
    );
    const rows = await client().getBacklinks({
      domain: "example.com",
      limit: 2,
      offset: ALL_MAX_LIMIT + 3,
    });
    expect(calls).toBe(Math.ceil((ALL_MAX_LIMIT + 5) / PAGE));
    expect(rows.map((r) => r.sourceUrl)).toEqual([
      wireBacklink(ALL_MAX_LIMIT + 3).url_from,
      wireBacklink(ALL_MAX_LIMIT + 4).url_from,
    ]);
  });

  it.each([
    ["a cursor that repeats", () => ({ backlinks: [wireBacklink(0)], next: "same" })],
    ["a cursor as a number", () => ({ backlinks: [wireBacklink(0)], next: 2 })],
    ["no backlinks array", () => ({ rows: [], next: null })],
  ])("/raw with %s → bad_response", async (_name, reply) => {
    server.use(http.get(`${API}/v1/backlinks/raw`, () => HttpResponse.json(reply())));
    const error = await caught(
      client().getBacklinks({ domain: "example.com", limit: 2, offset: ALL_MAX_LIMIT + 3 }),
    );
    expect((error as SERankingError).kind).toBe("bad_response");
  });

  it("a row without nofollow → bad_response", async () => {
    const { nofollow: _drop, ...row } = wireBacklink(0);
    server.use(http.get(`${API}/v1/backlinks/all`, () => HttpResponse.json({ backlinks: [row] })));
    const error = await caught(client().getBacklinks({ domain: "example.com" }));
    expect((error as SERankingError).kind).toBe("bad_response");
  });
});
